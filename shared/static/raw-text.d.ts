/** A text file imported with `?raw` is its content as a string (Vite; esbuild through scripts/build-node.mjs). */
declare module '*?raw' {
  const text: string
  export default text
}
