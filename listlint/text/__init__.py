"""Text engine: HTML reduction, normalised views with offset maps, numerals, segmentation."""
