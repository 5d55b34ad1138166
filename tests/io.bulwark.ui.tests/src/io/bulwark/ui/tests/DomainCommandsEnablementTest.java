package io.bulwark.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.bulwark.model.AccountRole;
import io.bulwark.model.AgentTree;
import io.bulwark.model.ConnectionState;
import io.bulwark.model.Domain;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.ModelFactory;
import io.bulwark.ui.internal.domains.CreateDomainHandler;
import io.bulwark.ui.internal.domains.DeleteDomainHandler;
import io.bulwark.ui.internal.domains.GroupingRulesHandler;
import io.bulwark.ui.internal.domains.RenameDomainHandler;

/**
 * The domain commands are enabled for accounts that may change domains and disabled for a read-only operator, for a
 * server that is not connected, and where nothing fits the command.
 */
class DomainCommandsEnablementTest {

    private final ManagementServer server = ModelFactory.eINSTANCE.createManagementServer();
    private final Domain domain = ModelFactory.eINSTANCE.createDomain();

    DomainCommandsEnablementTest() {
        AgentTree tree = ModelFactory.eINSTANCE.createAgentTree();
        server.setName("Test server");
        server.setAgentTree(tree);
        server.setState(ConnectionState.CONNECTED);
        domain.setName("Branch");
        tree.getDomains().add(domain);
    }

    @Test
    void anAdministratorMayCreateRenameAndDeleteDomains() {
        server.setRole(AccountRole.ADMINISTRATOR);
        assertTrue(new CreateDomainHandler().canExecute(server));
        assertTrue(new CreateDomainHandler().canExecute(domain));
        assertTrue(new RenameDomainHandler().canExecute(domain));
        assertTrue(new DeleteDomainHandler().canExecute(List.of(domain)));
        assertTrue(new GroupingRulesHandler().canExecute(domain));
        assertFalse(new RenameDomainHandler().canExecute(server), "a server is no domain to rename");
    }

    @Test
    void aReadOnlyOperatorHasEveryDomainCommandDisabled() {
        server.setRole(AccountRole.OPERATOR);
        assertFalse(new CreateDomainHandler().canExecute(server));
        assertFalse(new CreateDomainHandler().canExecute(domain));
        assertFalse(new RenameDomainHandler().canExecute(domain));
        assertFalse(new DeleteDomainHandler().canExecute(domain));
        assertFalse(new GroupingRulesHandler().canExecute(domain));
    }

    @Test
    void nothingIsEnabledWhileTheServerIsNotConnectedOrTheRoleUnknown() {
        server.setRole(AccountRole.ROOT);
        server.setState(ConnectionState.UNREACHABLE);
        assertFalse(new CreateDomainHandler().canExecute(server));
        assertFalse(new DeleteDomainHandler().canExecute(domain));
        server.setState(ConnectionState.CONNECTED);
        server.unsetRole();
        assertFalse(new CreateDomainHandler().canExecute(server), "signed out: the role is not known");
    }
}
