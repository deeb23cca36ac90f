import { build } from '../../addon/build.mjs';

// Builds dist/addon/ before the add-on tests so they always run the fresh bundle.
export default async function setup(): Promise<void> {
  await build();
}
