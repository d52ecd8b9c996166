// Loaded by `node --require` before Azurite. Azurite fixes LokiJS's autosave interval (how often its in-memory table and
// blob metadata is written to disk) at 5 s with no option to change it; this shortens it to
// CHALLENGEHUB_AZURITE_AUTOSAVE_MS, so that a hard stop of Azurite loses less. LokiJS saves only when something changed.
const Loki = require("lokijs");
const interval = Number.parseInt(process.env.CHALLENGEHUB_AZURITE_AUTOSAVE_MS ?? "", 10);
if (interval > 0) {
  const configure = Loki.prototype.configureOptions;
  Loki.prototype.configureOptions = function (options, initialConfig) {
    const shortened = options && options.autosave ? { ...options, autosaveInterval: interval } : options;
    return configure.call(this, shortened, initialConfig);
  };
}
