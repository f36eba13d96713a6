import { Island } from "@/components/islands/Island";
import { Checklist, type ChecklistProps } from "./Checklist";
import { solutionSlot } from "./island";

/** The checklist as an island (components/islands/registry.ts); each solution sits in a slot the browser reads back. */
export function ChecklistIsland({ solutions, ...props }: ChecklistProps) {
  return (
    <Island name="checklist" props={props}>
      <Checklist
        {...props}
        solutions={solutions.map((solution, index) => (
          <div key={index} {...{ [solutionSlot.attribute]: "" }}>
            {solution}
          </div>
        ))}
      />
    </Island>
  );
}
