// The host's own component that the README's React sample (advanced-tools.tsx) gates.
export function AdvancedToolsPanel({ unlocked }: { unlocked: boolean }) {
  return <section aria-busy={!unlocked}>Advanced code tools</section>;
}
