/** Replaces the content of the sidebar's `#app` element. */
export function mount(...children: Node[]): void {
  document.getElementById('app')!.replaceChildren(...children);
}
