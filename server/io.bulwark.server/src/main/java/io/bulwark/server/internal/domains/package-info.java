/**
 * The domain tree of a server and the automatic grouping rules that place arriving agents in it.
 */
package io.bulwark.server.internal.domains;
