/**
 * Every language the parser reads. A new language is one file beside these, typed as
 * LanguageLabels, and one line here. Words of all languages are matched in every article:
 * machine translations leave English (and sometimes other languages) in place.
 */
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { it } from "./it";
import { ja } from "./ja";
import { pt } from "./pt";
import type { LanguageLabels } from "./types";

export type { ColumnRole, LanguageLabels } from "./types";

export const languages: readonly LanguageLabels[] = [pt, en, es, de, fr, it, ja];
