// How every benchmark script ends: exit 0 when main resolves, 1 with the error printed when it
// throws. The exit is explicit: pools, timers and child processes must not keep a finished bench alive.
export function runBench(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
