/** JSON that is safe inside a script element (no `</script>` or `<!--` can appear). */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
