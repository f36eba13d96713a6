import { Fragment } from "react";
import { codePieces, wrappableText } from "@/lib/render/code-breaks";

/** Pieces of text with a break opportunity (`<wbr>`) between each. */
function WithBreaks({ pieces }: { pieces: string[] }) {
  return (
    <>
      {pieces.map((piece, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          {piece}
        </Fragment>
      ))}
    </>
  );
}

/** An error code that may wrap between its words (camelCase, `_`, `.`…) instead of mid-word on a phone. */
export function CodeText({ code }: { code: string }) {
  return <WithBreaks pieces={codePieces(code)} />;
}

/** Running text whose long words (codes, paths) may wrap between their words, like CodeText. */
export function WrappableText({ text }: { text: string }) {
  return <WithBreaks pieces={wrappableText(text)} />;
}
