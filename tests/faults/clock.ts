// Test-only, preloaded with `node --import ./tests/faults/clock.ts`: moves this process's clock
// 40 years ahead (`new Date()`, `Date()` and `Date.now()`), so a build whose output read the clock
// would differ from one run at the real time. A proxy, not a subclass: Date.prototype and
// subclasses of Date (date-fns' UTCDate copies Date.prototype's methods) stay as they were.
const SHIFT_MS = 40 * 365 * 24 * 60 * 60 * 1000;
const RealDate = Date;
const now = (): number => RealDate.now() + SHIFT_MS;

globalThis.Date = new Proxy(RealDate, {
  construct: (target, args, newTarget) =>
    Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget),
  apply: () => new RealDate(now()).toString(),
  get: (target, property, receiver) =>
    property === "now" ? now : Reflect.get(target, property, receiver),
});
