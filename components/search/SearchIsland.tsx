import { Island } from "@/components/islands/Island";
import { NotFoundSuggestions, type NotFoundSuggestionsProps } from "./NotFoundSuggestions";
import { SearchBox, type SearchBoxProps } from "./SearchBox";

/** The search box as an island (components/islands/registry.ts). */
export function SearchIsland(props: SearchBoxProps) {
  return (
    <Island name="search" props={props}>
      <SearchBox {...props} />
    </Island>
  );
}

/** The 404 page's suggestions as an island (components/islands/registry.ts). */
export function NotFoundSuggestionsIsland(props: NotFoundSuggestionsProps) {
  return (
    <Island name="not-found" props={props}>
      <NotFoundSuggestions {...props} />
    </Island>
  );
}
