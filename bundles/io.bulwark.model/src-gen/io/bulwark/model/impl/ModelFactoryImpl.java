/**
 */
package io.bulwark.model.impl;

import io.bulwark.model.*;

import java.time.Instant;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ModelFactoryImpl extends EFactoryImpl implements ModelFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static ModelFactory init() {
		try {
			ModelFactory theModelFactory = (ModelFactory)EPackage.Registry.INSTANCE.getEFactory(ModelPackage.eNS_URI);
			if (theModelFactory != null) {
				return theModelFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new ModelFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ModelFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case ModelPackage.SERVER_REGISTRY: return createServerRegistry();
			case ModelPackage.SERVER_FOLDER: return createServerFolder();
			case ModelPackage.MANAGEMENT_SERVER: return createManagementServer();
			case ModelPackage.SERVER_CERTIFICATE: return createServerCertificate();
			case ModelPackage.AGENT_COUNTS: return createAgentCounts();
			case ModelPackage.COMPONENT_VERSION: return createComponentVersion();
			case ModelPackage.AGENT_TREE: return createAgentTree();
			case ModelPackage.DOMAIN: return createDomain();
			case ModelPackage.GROUPING_RULE: return createGroupingRule();
			case ModelPackage.AGENT: return createAgent();
			case ModelPackage.AGENT_COMMAND: return createAgentCommand();
			case ModelPackage.INVENTORY: return createInventory();
			case ModelPackage.OPERATING_SYSTEM: return createOperatingSystem();
			case ModelPackage.APPLICATION: return createApplication();
			case ModelPackage.MACHINE_ROLE: return createMachineRole();
			case ModelPackage.CONNECTIVITY: return createConnectivity();
			case ModelPackage.AUDIT_ENTRY: return createAuditEntry();
			case ModelPackage.MOVE_JOURNAL: return createMoveJournal();
			case ModelPackage.MOVE_JOB: return createMoveJob();
			case ModelPackage.MOVE_ITEM: return createMoveItem();
			case ModelPackage.BASELINE: return createBaseline();
			case ModelPackage.REQUIRED_UPDATE: return createRequiredUpdate();
			case ModelPackage.BASELINE_EXCEPTION: return createBaselineException();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case ModelPackage.ACCOUNT_ROLE:
				return createAccountRoleFromString(eDataType, initialValue);
			case ModelPackage.CONNECTION_STATE:
				return createConnectionStateFromString(eDataType, initialValue);
			case ModelPackage.AGENT_STATUS:
				return createAgentStatusFromString(eDataType, initialValue);
			case ModelPackage.COMMAND_STATE:
				return createCommandStateFromString(eDataType, initialValue);
			case ModelPackage.HARDWARE_TYPE:
				return createHardwareTypeFromString(eDataType, initialValue);
			case ModelPackage.LINK_TYPE:
				return createLinkTypeFromString(eDataType, initialValue);
			case ModelPackage.FSMO_ROLE:
				return createFsmoRoleFromString(eDataType, initialValue);
			case ModelPackage.MOVE_ITEM_STATE:
				return createMoveItemStateFromString(eDataType, initialValue);
			case ModelPackage.UPDATE_CLASSIFICATION:
				return createUpdateClassificationFromString(eDataType, initialValue);
			case ModelPackage.UPDATE_SEVERITY:
				return createUpdateSeverityFromString(eDataType, initialValue);
			case ModelPackage.INSTANT:
				return createInstantFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case ModelPackage.ACCOUNT_ROLE:
				return convertAccountRoleToString(eDataType, instanceValue);
			case ModelPackage.CONNECTION_STATE:
				return convertConnectionStateToString(eDataType, instanceValue);
			case ModelPackage.AGENT_STATUS:
				return convertAgentStatusToString(eDataType, instanceValue);
			case ModelPackage.COMMAND_STATE:
				return convertCommandStateToString(eDataType, instanceValue);
			case ModelPackage.HARDWARE_TYPE:
				return convertHardwareTypeToString(eDataType, instanceValue);
			case ModelPackage.LINK_TYPE:
				return convertLinkTypeToString(eDataType, instanceValue);
			case ModelPackage.FSMO_ROLE:
				return convertFsmoRoleToString(eDataType, instanceValue);
			case ModelPackage.MOVE_ITEM_STATE:
				return convertMoveItemStateToString(eDataType, instanceValue);
			case ModelPackage.UPDATE_CLASSIFICATION:
				return convertUpdateClassificationToString(eDataType, instanceValue);
			case ModelPackage.UPDATE_SEVERITY:
				return convertUpdateSeverityToString(eDataType, instanceValue);
			case ModelPackage.INSTANT:
				return convertInstantToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServerRegistry createServerRegistry() {
		ServerRegistryImpl serverRegistry = new ServerRegistryImpl();
		return serverRegistry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServerFolder createServerFolder() {
		ServerFolderImpl serverFolder = new ServerFolderImpl();
		return serverFolder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ManagementServer createManagementServer() {
		ManagementServerImpl managementServer = new ManagementServerImpl();
		return managementServer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServerCertificate createServerCertificate() {
		ServerCertificateImpl serverCertificate = new ServerCertificateImpl();
		return serverCertificate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AgentCounts createAgentCounts() {
		AgentCountsImpl agentCounts = new AgentCountsImpl();
		return agentCounts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComponentVersion createComponentVersion() {
		ComponentVersionImpl componentVersion = new ComponentVersionImpl();
		return componentVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AgentTree createAgentTree() {
		AgentTreeImpl agentTree = new AgentTreeImpl();
		return agentTree;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Domain createDomain() {
		DomainImpl domain = new DomainImpl();
		return domain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GroupingRule createGroupingRule() {
		GroupingRuleImpl groupingRule = new GroupingRuleImpl();
		return groupingRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Agent createAgent() {
		AgentImpl agent = new AgentImpl();
		return agent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AgentCommand createAgentCommand() {
		AgentCommandImpl agentCommand = new AgentCommandImpl();
		return agentCommand;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Inventory createInventory() {
		InventoryImpl inventory = new InventoryImpl();
		return inventory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OperatingSystem createOperatingSystem() {
		OperatingSystemImpl operatingSystem = new OperatingSystemImpl();
		return operatingSystem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Application createApplication() {
		ApplicationImpl application = new ApplicationImpl();
		return application;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MachineRole createMachineRole() {
		MachineRoleImpl machineRole = new MachineRoleImpl();
		return machineRole;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Connectivity createConnectivity() {
		ConnectivityImpl connectivity = new ConnectivityImpl();
		return connectivity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AuditEntry createAuditEntry() {
		AuditEntryImpl auditEntry = new AuditEntryImpl();
		return auditEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MoveJournal createMoveJournal() {
		MoveJournalImpl moveJournal = new MoveJournalImpl();
		return moveJournal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MoveJob createMoveJob() {
		MoveJobImpl moveJob = new MoveJobImpl();
		return moveJob;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MoveItem createMoveItem() {
		MoveItemImpl moveItem = new MoveItemImpl();
		return moveItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Baseline createBaseline() {
		BaselineImpl baseline = new BaselineImpl();
		return baseline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RequiredUpdate createRequiredUpdate() {
		RequiredUpdateImpl requiredUpdate = new RequiredUpdateImpl();
		return requiredUpdate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BaselineException createBaselineException() {
		BaselineExceptionImpl baselineException = new BaselineExceptionImpl();
		return baselineException;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AccountRole createAccountRoleFromString(EDataType eDataType, String initialValue) {
		AccountRole result = AccountRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAccountRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConnectionState createConnectionStateFromString(EDataType eDataType, String initialValue) {
		ConnectionState result = ConnectionState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertConnectionStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AgentStatus createAgentStatusFromString(EDataType eDataType, String initialValue) {
		AgentStatus result = AgentStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAgentStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CommandState createCommandStateFromString(EDataType eDataType, String initialValue) {
		CommandState result = CommandState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCommandStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HardwareType createHardwareTypeFromString(EDataType eDataType, String initialValue) {
		HardwareType result = HardwareType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHardwareTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LinkType createLinkTypeFromString(EDataType eDataType, String initialValue) {
		LinkType result = LinkType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLinkTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FsmoRole createFsmoRoleFromString(EDataType eDataType, String initialValue) {
		FsmoRole result = FsmoRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFsmoRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MoveItemState createMoveItemStateFromString(EDataType eDataType, String initialValue) {
		MoveItemState result = MoveItemState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMoveItemStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public UpdateClassification createUpdateClassificationFromString(EDataType eDataType, String initialValue) {
		UpdateClassification result = UpdateClassification.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUpdateClassificationToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public UpdateSeverity createUpdateSeverityFromString(EDataType eDataType, String initialValue) {
		UpdateSeverity result = UpdateSeverity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUpdateSeverityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Instant createInstant(final String it) {
		return it == null ? null : java.time.Instant.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Instant createInstantFromString(EDataType eDataType, String initialValue) {
		return createInstant(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInstant(final Instant it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInstantToString(EDataType eDataType, Object instanceValue) {
		return convertInstant((Instant)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ModelPackage getModelPackage() {
		return (ModelPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static ModelPackage getPackage() {
		return ModelPackage.eINSTANCE;
	}

} //ModelFactoryImpl
