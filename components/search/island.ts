/**
 * The search islands' props as pages embed them, and their checks: a page from another
 * build or a damaged one leaves the server's markup as it is.
 */
import { isRecord, isString } from "@/lib/guards";
import type { NotFoundSuggestionsProps } from "./NotFoundSuggestions";
import type { SearchBoxProps } from "./SearchBox";

const isStringRecord = (value: unknown): value is Record<string, string> => isRecord(value) && Object.values(value).every(isString);

/** Each string a plain text or a set of plural forms (which always has `other`). */
function isSearchStrings(value: unknown): value is SearchBoxProps["strings"] {
  return (
    isRecord(value) &&
    isString(value.searchLabel) &&
    Object.values(value).every((text) => isString(text) || (isStringRecord(text) && isString(text.other)))
  );
}

export function isSearchBoxProps(value: unknown): value is SearchBoxProps {
  return (
    isRecord(value) &&
    isString(value.locale) &&
    isString(value.indexUrl) &&
    isSearchStrings(value.strings) &&
    Array.isArray(value.articles) &&
    value.articles.every((article) => isRecord(article) && isString(article.slug) && isString(article.title)) &&
    Array.isArray(value.services) &&
    value.services.every(isString)
  );
}

export function isNotFoundSuggestionsProps(value: unknown): value is NotFoundSuggestionsProps {
  return isRecord(value) && Array.isArray(value.locales) && value.locales.every(isString) && isRecord(value.strings) && Object.values(value.strings).every(isStringRecord);
}
