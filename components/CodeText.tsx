import { Fragment } from "react";
import { codePieces } from "@/lib/render/code-breaks";

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
