/** Placeholder until the network view lands. */
export function NetworkView() {
  return null;
}
