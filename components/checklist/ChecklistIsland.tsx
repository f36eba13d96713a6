import { Checklist, type ChecklistProps } from "./Checklist";
import { islandMarkup, jsonForScript } from "./island";

/**
 * The checklist as an island: rendered here on the server like any client component, with
 * its props also embedded as JSON and each solution in a slot the browser script reads
 * back. Published error pages run it with islands/checklist.ts instead of the framework's
 * runtime (scripts/islands/build.ts); `next dev` hydrates it as usual.
 */
export function ChecklistIsland({ solutions, ...props }: ChecklistProps) {
  return (
    <>
      <div {...islandMarkup.root}>
        <Checklist
          {...props}
          solutions={solutions.map((solution, index) => (
            <div key={index} {...islandMarkup.solutionSlot}>
              {solution}
            </div>
          ))}
        />
      </div>
      <script type="application/json" {...islandMarkup.props} dangerouslySetInnerHTML={{ __html: jsonForScript(props) }} />
    </>
  );
}
