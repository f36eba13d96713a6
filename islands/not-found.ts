/** The 404 page's suggestions of close codes, hydrated over the server's (empty) markup. */
import { createElement } from "react";
import { hydrateIsland } from "@/components/islands/hydrate";
import { isNotFoundSuggestionsProps } from "@/components/search/island";
import { NotFoundSuggestions } from "@/components/search/NotFoundSuggestions";

hydrateIsland("not-found", isNotFoundSuggestionsProps, (props) => createElement(NotFoundSuggestions, props));
