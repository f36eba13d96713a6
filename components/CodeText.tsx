import { Fragment } from "react";
import { codePieces, wrappableText } from "@/lib/render/code-breaks";

/** An error code that may wrap between its words (camelCase, `_`, `.`…) instead of mid-word on a phone. */
export function CodeText({ code }: { code: string }) {
  return (
    <>
      {codePieces(code).map((piece, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          {piece}
        </Fragment>
      ))}
    </>
  );
}

/** Running text whose long words (codes, paths) may wrap between their words, like CodeText. */
export function WrappableText({ text }: { text: string }) {
  return (
    <>
      {wrappableText(text).map((piece, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          {piece}
        </Fragment>
      ))}
    </>
  );
}
