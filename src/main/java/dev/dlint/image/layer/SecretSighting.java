package dev.dlint.image.layer;

import dev.dlint.image.SecretKind;

/**
 * A secret-looking path seen in a layer.
 *
 * @param path normalised path (for {@link SecretKind#GIT_DIRECTORY} the {@code .git} directory itself)
 * @param kind what it looks like
 */
public record SecretSighting(String path, SecretKind kind) {
}
