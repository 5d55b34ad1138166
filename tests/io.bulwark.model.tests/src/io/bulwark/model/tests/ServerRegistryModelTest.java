package io.bulwark.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;

import io.bulwark.model.ConnectionState;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.ModelFactory;
import io.bulwark.model.ServerFolder;
import io.bulwark.model.ServerRegistry;

class ServerRegistryModelTest {

    private static final ModelFactory FACTORY = ModelFactory.eINSTANCE;

    @Test
    void aNewServerIsDisconnectedAndSpeaksTls() {
        ManagementServer server = FACTORY.createManagementServer();
        assertEquals(ConnectionState.DISCONNECTED, server.getState());
        assertTrue(server.isUseTls());
    }

    @Test
    void foldersNestAndHoldServers() {
        ServerRegistry registry = FACTORY.createServerRegistry();
        ServerFolder region = folder("Europe");
        ServerFolder site = folder("Remote site 1");
        region.getFolders().add(site);
        registry.getFolders().add(region);
        ManagementServer server = server("branch", "10.1.0.5", 4343);
        site.getServers().add(server);

        assertEquals(site, server.eContainer());
        assertEquals(region, site.eContainer());
        assertEquals(registry, EcoreUtil.getRootContainer(server));
    }

    @Test
    void registrySurvivesAnXmiRoundTrip() throws IOException {
        ServerRegistry registry = FACTORY.createServerRegistry();
        registry.getServers().add(server("head office", "127.0.0.1", 4343));
        ServerFolder folder = folder("Remote sites");
        folder.getServers().add(server("site 2", "::1", 4344));
        registry.getFolders().add(folder);

        ServerRegistry copy = (ServerRegistry) reload(registry);

        assertTrue(EcoreUtil.equals(registry, copy), "the reloaded registry equals the saved one");
    }

    private static ServerFolder folder(String name) {
        ServerFolder folder = FACTORY.createServerFolder();
        folder.setName(name);
        return folder;
    }

    private static ManagementServer server(String name, String host, int port) {
        ManagementServer server = FACTORY.createManagementServer();
        server.setId("https://" + host + ":" + port);
        server.setName(name);
        server.setHost(host);
        server.setPort(port);
        return server;
    }

    /** Saves a root object to bytes and loads it back into a fresh resource. */
    private static Object reload(ServerRegistry registry) throws IOException {
        Resource out = new XMIResourceImpl(URI.createURI("memory:/registry.xmi"));
        out.getContents().add(registry);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        out.save(bytes, Map.of());
        Resource in = new XMIResourceImpl(URI.createURI("memory:/registry.xmi"));
        in.load(new ByteArrayInputStream(bytes.toByteArray()), Map.of());
        return in.getContents().get(0);
    }
}
