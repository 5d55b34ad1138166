/**
 * Real Bulwark server and fleet processes for OSGi tests: started from the runnable jars the same reactor built, with
 * the JDK and the jar paths passed in as system properties ({@code bulwark.java}, {@code bulwark.server.jar},
 * {@code bulwark.fleet.jar}, {@code bulwark.test.logs}) by the root pom's tycho-surefire configuration; likewise the
 * console product's headless applications, such as {@code bulwark move}, from the materialised product
 * ({@code bulwark.product}).
 */
package io.bulwark.test.servers;
