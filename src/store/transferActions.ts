import { MIN_CLASSES, type ModelJson } from '../engine';
import { readImportText, type FieldProblem, type LinkReading, type SessionSettings } from '../data';
import { SPEEDS } from '../training';
import type { SessionSnapshot } from './sessionSnapshot';
import type { StoreKit } from './storeKit';
import type { Actions, Config, Point } from './types';

type TransferActions = Pick<Actions, 'importFile' | 'applyLink'>;

/** What files and links may hold: the speeds the app offers. */
export const TRANSFER_RULES = { speeds: SPEEDS };

const classesOf = (points: readonly Point[], atLeast: number) =>
  points.reduce((most, p) => Math.max(most, p.label + 1), Math.max(atLeast, MIN_CLASSES));

/** The network a model describes, as the settings that train it. */
function architectureOfModel(model: ModelJson): Partial<SessionSettings> {
  const { layers } = model;
  return {
    hiddenLayers: layers.slice(1, -1),
    activation: model.activation as SessionSettings['activation'],
    features: (model.features ?? ['x', 'y']) as SessionSettings['features'],
    classCount: layers[layers.length - 1],
  };
}

/** Whether `model` is exactly the network `config` trains, so its weights can be loaded. */
function modelFits(model: ModelJson, config: Config): boolean {
  const expected = [config.features.length, ...config.hiddenLayers, config.classCount];
  const features = model.features ?? ['x', 'y'];
  return (
    model.layers.join(',') === expected.join(',') &&
    model.activation === config.activation &&
    features.join(',') === config.features.join(',')
  );
}

const sameConfig = (a: Config, b: Config) => JSON.stringify(a) === JSON.stringify(b);

function describeDropped(problems: readonly FieldProblem[]): string {
  const shown = problems.slice(0, 6).map((p) => `${p.path} (${p.reason})`);
  const more = problems.length - shown.length;
  return `Parts of the link were ignored: ${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}.`;
}

/** Importing a file and opening a link: all or nothing for a file, field by field for a link. */
export function createTransferActions(kit: StoreKit): TransferActions {
  const { get, refuse } = kit;
  const current = () => get().snapshotSession(false);

  /** Settings for a session, the missing ones kept from now, the labels given room. */
  const settingsFor = (given: Partial<SessionSettings>, points: readonly Point[]): Config => {
    const merged = { ...current().settings, ...given } as Config;
    const classCount = given.classCount ?? classesOf(points, merged.classCount);
    return { ...merged, classCount };
  };

  const apply = (snapshot: SessionSnapshot) => {
    get().applySession(snapshot);
    kit.set({ notice: null });
  };

  return {
    importFile(text, name) {
      const reading = readImportText(text, TRANSFER_RULES);
      if (!reading.ok) {
        refuse(`Cannot import ${name}: ${reading.problem}. Nothing was changed.`);
        return false;
      }
      const { file } = reading;
      if (file.kind === 'points') {
        get().setPoints(file.points, 'custom');
        kit.set({ notice: null });
        return true;
      }
      if (file.kind === 'model') {
        const { points, dataset } = current();
        const classes = file.json.layers[file.json.layers.length - 1];
        const tooHigh = points.findIndex((p) => p.label >= classes);
        if (tooHigh >= 0) {
          refuse(
            `Cannot import ${name}: the model has ${classes} classes but point ${tooHigh + 1} ` +
              `is of class ${points[tooHigh].label}. Nothing was changed.`,
          );
          return false;
        }
        const settings = { ...current().settings, ...architectureOfModel(file.json) } as Config;
        apply({ settings, points, dataset, model: file.json });
        return true;
      }
      const { session } = file;
      const given = session.model
        ? { ...architectureOfModel(session.model), ...session.settings }
        : session.settings;
      const settings = settingsFor(given, session.points);
      apply({ settings, points: session.points, dataset: session.dataset, model: session.model });
      return true;
    },

    applyLink(reading: LinkReading) {
      const now = get().snapshotSession(true);
      const problems = [...reading.problems];
      const given = { ...reading.settings };
      const points = reading.points ?? now.points;
      if (reading.points === undefined && given.classCount !== undefined) {
        if (classesOf(points, MIN_CLASSES) > given.classCount) {
          problems.push({ path: 'classCount', reason: 'fewer classes than the points use' });
          delete given.classCount;
        }
      }
      const settings = settingsFor(given, points);
      let model = reading.model;
      if (model !== undefined && !modelFits(model, settings)) {
        problems.push({ path: 'weights', reason: "they do not fit the link's network" });
        model = undefined;
      }
      const sameRun =
        settings.seed === now.settings.seed &&
        settings.activation === now.settings.activation &&
        now.model !== undefined &&
        modelFits(now.model, settings);
      const unchanged =
        reading.points === undefined && model === undefined && sameConfig(settings, now.settings);
      if (!unchanged) {
        const dataset = reading.dataset ?? (reading.points ? 'custom' : now.dataset);
        apply({ settings, points, dataset, model: model ?? (sameRun ? now.model : undefined) });
      }
      if (problems.length > 0) refuse(describeDropped(problems));
    },
  };
}
