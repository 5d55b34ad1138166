package io.bulwark.core.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.bulwark.core.ServerRegistryException;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.ServerFolder;
import io.bulwark.model.ServerRegistry;

/**
 * The exported server list: a JSON document of folders and servers (names, addresses, users, pinned fingerprints) that
 * carries no secret, so it can be mailed to a colleague or kept in version control. Passwords live only in secure
 * storage; a {@code password} member in a file is refused like any unknown member.
 */
final class ServerListFile {

    /** The value of the {@code format} member that marks a Bulwark server list. */
    static final String FORMAT = "bulwark-server-list"; //$NON-NLS-1$

    /** The version of the document this console writes and reads. */
    static final int VERSION = 1;

    /** A whole exported list. */
    record Document(String format, Integer version, List<Folder> folders, List<Server> servers) {
    }

    /** A folder and what is in it. */
    record Folder(String name, List<Folder> folders, List<Server> servers) {
    }

    /** A server; {@code tls} absent means HTTPS. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Server(String name, String host, Integer port, Boolean tls, String user, String pinnedFingerprint) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ServerListFile() {
    }

    /** Writes the registry's list to a file atomically. */
    static void write(ServerRegistry registry, Path file) throws ServerRegistryException {
        Document document = new Document(FORMAT, VERSION, folders(registry.getFolders()),
                servers(registry.getServers()));
        try {
            AtomicFiles.write(file, MAPPER.writeValueAsBytes(document));
        } catch (IOException e) {
            throw new ServerRegistryException(NLS.bind(Messages.ServerListFile_writeFailed, file, e.getMessage()), e);
        }
    }

    private static List<Folder> folders(List<ServerFolder> folders) {
        List<Folder> result = new ArrayList<>();
        for (ServerFolder folder : folders) {
            result.add(new Folder(folder.getName(), folders(folder.getFolders()), servers(folder.getServers())));
        }
        return result;
    }

    private static List<Server> servers(List<ManagementServer> servers) {
        List<Server> result = new ArrayList<>();
        for (ManagementServer server : servers) {
            result.add(new Server(server.getName(), server.getHost(), server.getPort(), server.isUseTls(),
                    server.getUser(), server.getPinnedFingerprint()));
        }
        return result;
    }

    /** Reads a list, refusing a file that is not one (with the parser's reason and position). */
    static Document read(Path file) throws ServerRegistryException {
        Document document;
        try {
            document = MAPPER.readValue(Files.readAllBytes(file), Document.class);
        } catch (NoSuchFileException e) {
            throw new ServerRegistryException(NLS.bind(Messages.ServerListFile_missing, file), e);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ServerRegistryException(
                    NLS.bind(Messages.ServerListFile_notAList, new Object[]{file, e.getOriginalMessage(), line}), e);
        } catch (IOException e) {
            throw new ServerRegistryException(NLS.bind(Messages.ServerListFile_readFailed, file, e.getMessage()), e);
        }
        if (document == null || !FORMAT.equals(document.format())) {
            throw new ServerRegistryException(NLS.bind(Messages.ServerListFile_wrongFormat, file, FORMAT));
        }
        if (document.version() == null || document.version() != VERSION) {
            throw new ServerRegistryException(
                    NLS.bind(Messages.ServerListFile_wrongVersion, new Object[]{file, document.version(), VERSION}));
        }
        return document;
    }
}
