// jsdom lacks ResizeObserver, which Fluent UI's ProgressBar and MessageBar use; browsers all have it.
if (typeof window !== "undefined" && !window.ResizeObserver) {
  window.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
