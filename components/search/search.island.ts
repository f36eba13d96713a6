/** The search box on index pages, hydrated over the server's markup. */
import { createElement } from "react";
import { defineIsland } from "@/components/islands/define";
import { isSearchBoxProps } from "./island";
import { SearchBox } from "./SearchBox";

export const searchIsland = defineIsland({ isProps: isSearchBoxProps, render: (props) => createElement(SearchBox, props) });
