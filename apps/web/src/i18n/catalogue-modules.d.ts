// Parts of a catalogue, made by catalogue-plugin.mts from en.json / el.json.
declare module 'virtual:catalogue/*' {
  const catalogue: Record<string, unknown>;
  export default catalogue;
}
