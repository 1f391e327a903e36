/** Unit names for people: the catalogue's Chinese units as they are, or in English for the English UI (shared with the CLI). */
export { unitLabel } from "../../../core/units/display-format.ts";
