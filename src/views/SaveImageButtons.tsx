import { useState } from 'react';
import { saveBlob } from './saveFile';

interface SaveImageButtonsProps {
  /** The file name without extension, such as `decision-boundary`. */
  readonly name: string;
  readonly png: () => Promise<Blob>;
  /** Present for views drawn as SVG, which can also be saved as such. */
  readonly svg?: () => Blob;
  /** Says why an image could not be made. */
  readonly onProblem: (message: string) => void;
}

/** `Save image` (a PNG) and, for SVG views, `Save SVG`: the view as it is drawn now. */
export function SaveImageButtons({ name, png, svg, onProblem }: SaveImageButtonsProps) {
  const [busy, setBusy] = useState(false);
  const savePng = async () => {
    setBusy(true);
    try {
      saveBlob(`${name}.png`, await png());
    } catch (error) {
      onProblem(
        `Cannot save the image: ${error instanceof Error ? error.message : String(error)}.`,
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="save-image">
      <button type="button" onClick={() => void savePng()} disabled={busy}>
        Save image
      </button>
      {svg && (
        <button type="button" onClick={() => saveBlob(`${name}.svg`, svg())}>
          Save SVG
        </button>
      )}
    </div>
  );
}
