/** The 404 page's suggestions of close codes, hydrated over the server's (empty) markup. */
import { createElement } from "react";
import { defineIsland } from "@/components/islands/define";
import { isNotFoundSuggestionsProps } from "./island";
import { NotFoundSuggestions } from "./NotFoundSuggestions";

export const notFoundIsland = defineIsland({ isProps: isNotFoundSuggestionsProps, render: (props) => createElement(NotFoundSuggestions, props) });
