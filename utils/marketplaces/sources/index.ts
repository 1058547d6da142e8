/**
 * What the readers import as `../sources`: every helper by name, so a reader need not know which file
 * holds it. Every helper tolerates broken input: a reader must never throw into the page.
 */
export { foldSpace, textOrUndefined } from './text';
export { MAX_JSON_CHARS, parseJson, parseState, stateParses, isRecord, dig } from './json';
export { withPageIndex, parsedOnce, readJsonLd, jsonLdOfType, widgetStates, allWidgetStates, widgetBlocks } from './page-index';
export { currencyFromText, KNOWN_CURRENCIES, parsePrice } from './prices';
export { parseRussianDate } from './dates';
export { type Source, sourceFailures, firstAnswer, fill, fillTogether, onlyAddressRead } from './fill';
export { absoluteHttpUrl } from './absolute-url';
export { CARD_TEXT_LIMIT, elementText, cardText } from './card-text';
export { READ_LIMITS, BIDI_CONTROLS, withoutBidi, cutText, finishReading, sellerAddress } from './finish';
