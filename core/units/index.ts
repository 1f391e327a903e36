/** Units and Chinese numerals: what other modules use to read a figure into its base unit. */
export { formatChineseNumeral, parseChineseNumeral } from "./chinese-numerals.ts";
export { halfWidthFigures, parseQuantity, Quantity, readQuantityAt, type QuantityAt } from "./quantity.ts";
export { baseUnit, scaleValue, UNITS } from "./unit-list.ts";
