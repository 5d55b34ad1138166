/**
 */
package io.bulwark.model.util;

import io.bulwark.model.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see io.bulwark.model.ModelPackage
 * @generated
 */
public class ModelAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ModelPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ModelAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = ModelPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ModelSwitch<Adapter> modelSwitch =
		new ModelSwitch<Adapter>() {
			@Override
			public Adapter caseServerRegistry(ServerRegistry object) {
				return createServerRegistryAdapter();
			}
			@Override
			public Adapter caseServerFolder(ServerFolder object) {
				return createServerFolderAdapter();
			}
			@Override
			public Adapter caseManagementServer(ManagementServer object) {
				return createManagementServerAdapter();
			}
			@Override
			public Adapter caseServerCertificate(ServerCertificate object) {
				return createServerCertificateAdapter();
			}
			@Override
			public Adapter caseAgentCounts(AgentCounts object) {
				return createAgentCountsAdapter();
			}
			@Override
			public Adapter caseComponentVersion(ComponentVersion object) {
				return createComponentVersionAdapter();
			}
			@Override
			public Adapter caseAgentTree(AgentTree object) {
				return createAgentTreeAdapter();
			}
			@Override
			public Adapter caseDomain(Domain object) {
				return createDomainAdapter();
			}
			@Override
			public Adapter caseGroupingRule(GroupingRule object) {
				return createGroupingRuleAdapter();
			}
			@Override
			public Adapter caseAgent(Agent object) {
				return createAgentAdapter();
			}
			@Override
			public Adapter caseAgentCommand(AgentCommand object) {
				return createAgentCommandAdapter();
			}
			@Override
			public Adapter caseInventory(Inventory object) {
				return createInventoryAdapter();
			}
			@Override
			public Adapter caseOperatingSystem(OperatingSystem object) {
				return createOperatingSystemAdapter();
			}
			@Override
			public Adapter caseApplication(Application object) {
				return createApplicationAdapter();
			}
			@Override
			public Adapter caseMachineRole(MachineRole object) {
				return createMachineRoleAdapter();
			}
			@Override
			public Adapter caseConnectivity(Connectivity object) {
				return createConnectivityAdapter();
			}
			@Override
			public Adapter caseAuditEntry(AuditEntry object) {
				return createAuditEntryAdapter();
			}
			@Override
			public Adapter caseMoveJournal(MoveJournal object) {
				return createMoveJournalAdapter();
			}
			@Override
			public Adapter caseMoveJob(MoveJob object) {
				return createMoveJobAdapter();
			}
			@Override
			public Adapter caseMoveItem(MoveItem object) {
				return createMoveItemAdapter();
			}
			@Override
			public Adapter caseBaseline(Baseline object) {
				return createBaselineAdapter();
			}
			@Override
			public Adapter caseRequiredUpdate(RequiredUpdate object) {
				return createRequiredUpdateAdapter();
			}
			@Override
			public Adapter caseBaselineException(BaselineException object) {
				return createBaselineExceptionAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link io.bulwark.model.ServerRegistry <em>Server Registry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.bulwark.model.ServerRegistry
	 * @generated
	 */
	public Adapter createServerRegistryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.bulwark.model.ServerFolder <em>Server Folder</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.bulwark.model.ServerFolder
	 * @generated
	 */
	public Adapter createServerFolderAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.bulwark.model.ManagementServer <em>Management Server</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.bulwark.model.ManagementServer
	 * @generated
	 */
	public Adapter createManagementServerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.bulwark.model.ServerCertificate <em>Server Certificate</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.bulwark.model.ServerCertificate
	 * @generated
	 */
	public Adapter createServerCertificateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.bulwark.model.AgentCounts <em>Agent Counts</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.bulwark.model.AgentCounts
	 * @generated
	 */
	public Adapter createAgentCountsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.bulwark.model.ComponentVersion <em>Component Version</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.bulwark.model.ComponentVersion
	 * @generated
	 */
	public Adapter createComponentVersionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.bulwark.model.AgentTree <em>Agent Tree</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.bulwark.model.AgentTree
	 * @generated
	 */
	public Adapter createAgentTreeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.bulwark.model.Domain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.bulwark.model.Domain
	 * @generated
	 */
	public Adapter createDomainAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.bulwark.model.GroupingRule <em>Grouping Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.bulwark.model.GroupingRule
	 * @generated
	 */
	public Adapter createGroupingRuleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.bulwark.model.Agent <em>Agent</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.bulwark.model.Agent
	 * @generated
	 */
	public Adapter createAgentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.bulwark.model.AgentCommand <em>Agent Command</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.bulwark.model.AgentCommand
	 * @generated
	 */
	public Adapter createAgentCommandAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.bulwark.model.Inventory <em>Inventory</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.bulwark.model.Inventory
	 * @generated
	 */
	public Adapter createInventoryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.bulwark.model.OperatingSystem <em>Operating System</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.bulwark.model.OperatingSystem
	 * @generated
	 */
	public Adapter createOperatingSystemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.bulwark.model.Application <em>Application</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.bulwark.model.Application
	 * @generated
	 */
	public Adapter createApplicationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.bulwark.model.MachineRole <em>Machine Role</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.bulwark.model.MachineRole
	 * @generated
	 */
	public Adapter createMachineRoleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.bulwark.model.Connectivity <em>Connectivity</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.bulwark.model.Connectivity
	 * @generated
	 */
	public Adapter createConnectivityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.bulwark.model.AuditEntry <em>Audit Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.bulwark.model.AuditEntry
	 * @generated
	 */
	public Adapter createAuditEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.bulwark.model.MoveJournal <em>Move Journal</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.bulwark.model.MoveJournal
	 * @generated
	 */
	public Adapter createMoveJournalAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.bulwark.model.MoveJob <em>Move Job</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.bulwark.model.MoveJob
	 * @generated
	 */
	public Adapter createMoveJobAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.bulwark.model.MoveItem <em>Move Item</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.bulwark.model.MoveItem
	 * @generated
	 */
	public Adapter createMoveItemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.bulwark.model.Baseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.bulwark.model.Baseline
	 * @generated
	 */
	public Adapter createBaselineAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.bulwark.model.RequiredUpdate <em>Required Update</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.bulwark.model.RequiredUpdate
	 * @generated
	 */
	public Adapter createRequiredUpdateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.bulwark.model.BaselineException <em>Baseline Exception</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.bulwark.model.BaselineException
	 * @generated
	 */
	public Adapter createBaselineExceptionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //ModelAdapterFactory
