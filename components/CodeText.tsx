import { Fragment } from "react";

/** An error code that may wrap between its camelCase words instead of mid-word on a phone. */
export function CodeText({ code }: { code: string }) {
  const words = code.split(/(?<=[a-z0-9])(?=[A-Z])/);
  return (
    <>
      {words.map((word, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          {word}
        </Fragment>
      ))}
    </>
  );
}
