package org.passage.content;

import java.nio.file.Path;

/** A file beside the pages (image, PDF…) copied to the same place in the output. */
public record Asset(Path file, String contentPath) {}
