export { renderFunctionsMarkdown } from './render-functions-markdown';
