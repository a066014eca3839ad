import { css } from 'lit';

/**
 * The marks every widget draws alike: direction-of-travel arrows coloured by judgement
 * (`.improved`, `.maintained`, `.deteriorated`, `.neutral` on the arrow's container) and RAG shapes
 * filled by status (`.red`, `.amber`, `.green` on the shape's container), in the system text
 * colour when forced colours are on.
 */
export const markStyles = css`
  .arrow,
  .rag-shape {
    flex: none;
    fill: currentColor;
  }
  .improved {
    color: var(--_sc-color-improved);
  }
  .deteriorated {
    color: var(--_sc-color-deteriorated);
  }
  .maintained,
  .neutral {
    color: var(--_sc-color-maintained);
  }
  .red .rag-shape {
    fill: var(--_sc-color-red);
  }
  .amber .rag-shape {
    fill: var(--_sc-color-amber);
  }
  .green .rag-shape {
    fill: var(--_sc-color-green);
  }
  @media (forced-colors: active) {
    .arrow,
    .rag-shape,
    .red .rag-shape,
    .amber .rag-shape,
    .green .rag-shape {
      fill: CanvasText;
    }
  }
`;
