/** Work of many threads done together by one of them at a time. */
package io.bulwark.server.internal.batching;
