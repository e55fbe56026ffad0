package org.passage.content;

import org.passage.yaml.YNode;

/** A YAML file under {@code data/}; {@code key} is its path without extension ("sdg/goals"). */
public record DataFile(String key, String display, YNode root) {}
