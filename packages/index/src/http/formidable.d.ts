/** formidable ships no types; `./multipart-events` states the part of its tokenizer it uses. */
declare module 'formidable/src/parsers/Multipart.js' {
  const MultipartParser: unknown;
  export default MultipartParser;
}
