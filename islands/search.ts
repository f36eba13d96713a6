/** The search box on published index pages, hydrated over the server's markup. */
import { createElement } from "react";
import { hydrateIsland } from "@/components/islands/hydrate";
import { isSearchBoxProps } from "@/components/search/island";
import { SearchBox } from "@/components/search/SearchBox";

hydrateIsland("search", isSearchBoxProps, (props) => createElement(SearchBox, props));
