/**
 * The wire contract between a Bulwark management server and its clients (the console and agents): the records that
 * travel as JSON, the API paths, the one error body, certificate fingerprints and the JSON mapping itself.
 * <p>
 * This package is the only code the plain-Java server and the OSGi console share, so it exposes no third-party types:
 * callers use {@link io.bulwark.protocol.WireJson} and never see the JSON library behind it.
 */
package io.bulwark.protocol;
