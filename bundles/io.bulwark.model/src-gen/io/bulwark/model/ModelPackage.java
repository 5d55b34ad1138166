/**
 */
package io.bulwark.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The console's model of the endpoint-security fleets it manages: the management servers it knows, how the user arranged them, how each connection stands, and each server's agent tree (domains, agents, their inventory), audit log, agent moves and patch baselines. Views, editors and commands work on this model; the client layer keeps it in step with the servers.
 * <!-- end-model-doc -->
 * @see io.bulwark.model.ModelFactory
 * @model kind="package"
 * @generated
 */
public interface ModelPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://bulwark.io/model/0.1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "bulwark";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ModelPackage eINSTANCE = io.bulwark.model.impl.ModelPackageImpl.init();

	/**
	 * The meta object id for the '{@link io.bulwark.model.impl.ServerRegistryImpl <em>Server Registry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.impl.ServerRegistryImpl
	 * @see io.bulwark.model.impl.ModelPackageImpl#getServerRegistry()
	 * @generated
	 */
	int SERVER_REGISTRY = 0;

	/**
	 * The feature id for the '<em><b>Folders</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_REGISTRY__FOLDERS = 0;

	/**
	 * The feature id for the '<em><b>Servers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_REGISTRY__SERVERS = 1;

	/**
	 * The number of structural features of the '<em>Server Registry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_REGISTRY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Server Registry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_REGISTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.bulwark.model.impl.ServerFolderImpl <em>Server Folder</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.impl.ServerFolderImpl
	 * @see io.bulwark.model.impl.ModelPackageImpl#getServerFolder()
	 * @generated
	 */
	int SERVER_FOLDER = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_FOLDER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Servers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_FOLDER__SERVERS = 1;

	/**
	 * The feature id for the '<em><b>Folders</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_FOLDER__FOLDERS = 2;

	/**
	 * The number of structural features of the '<em>Server Folder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_FOLDER_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Server Folder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_FOLDER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.bulwark.model.impl.ManagementServerImpl <em>Management Server</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.impl.ManagementServerImpl
	 * @see io.bulwark.model.impl.ModelPackageImpl#getManagementServer()
	 * @generated
	 */
	int MANAGEMENT_SERVER = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_SERVER__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_SERVER__NAME = 1;

	/**
	 * The feature id for the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_SERVER__HOST = 2;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_SERVER__PORT = 3;

	/**
	 * The feature id for the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_SERVER__USER = 4;

	/**
	 * The feature id for the '<em><b>Use Tls</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_SERVER__USE_TLS = 5;

	/**
	 * The feature id for the '<em><b>Pinned Fingerprint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_SERVER__PINNED_FINGERPRINT = 6;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_SERVER__VERSION = 7;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_SERVER__STATE = 8;

	/**
	 * The feature id for the '<em><b>Agent Tree</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_SERVER__AGENT_TREE = 9;

	/**
	 * The feature id for the '<em><b>Server Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_SERVER__SERVER_ID = 10;

	/**
	 * The feature id for the '<em><b>Listening Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_SERVER__LISTENING_PORT = 11;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_SERVER__ROLE = 12;

	/**
	 * The feature id for the '<em><b>Agent Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_SERVER__AGENT_COUNT = 13;

	/**
	 * The feature id for the '<em><b>Agents By Status</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_SERVER__AGENTS_BY_STATUS = 14;

	/**
	 * The feature id for the '<em><b>Components</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_SERVER__COMPONENTS = 15;

	/**
	 * The feature id for the '<em><b>Certificate</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_SERVER__CERTIFICATE = 16;

	/**
	 * The number of structural features of the '<em>Management Server</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_SERVER_FEATURE_COUNT = 17;

	/**
	 * The number of operations of the '<em>Management Server</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_SERVER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.bulwark.model.impl.ServerCertificateImpl <em>Server Certificate</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.impl.ServerCertificateImpl
	 * @see io.bulwark.model.impl.ModelPackageImpl#getServerCertificate()
	 * @generated
	 */
	int SERVER_CERTIFICATE = 3;

	/**
	 * The feature id for the '<em><b>Fingerprint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_CERTIFICATE__FINGERPRINT = 0;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_CERTIFICATE__SUBJECT = 1;

	/**
	 * The feature id for the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_CERTIFICATE__VALID_FROM = 2;

	/**
	 * The feature id for the '<em><b>Valid Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_CERTIFICATE__VALID_UNTIL = 3;

	/**
	 * The number of structural features of the '<em>Server Certificate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_CERTIFICATE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Server Certificate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_CERTIFICATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.bulwark.model.impl.AgentCountsImpl <em>Agent Counts</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.impl.AgentCountsImpl
	 * @see io.bulwark.model.impl.ModelPackageImpl#getAgentCounts()
	 * @generated
	 */
	int AGENT_COUNTS = 4;

	/**
	 * The feature id for the '<em><b>Online</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT_COUNTS__ONLINE = 0;

	/**
	 * The feature id for the '<em><b>Offline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT_COUNTS__OFFLINE = 1;

	/**
	 * The feature id for the '<em><b>Roaming</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT_COUNTS__ROAMING = 2;

	/**
	 * The feature id for the '<em><b>Moving</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT_COUNTS__MOVING = 3;

	/**
	 * The number of structural features of the '<em>Agent Counts</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT_COUNTS_FEATURE_COUNT = 4;

	/**
	 * The operation id for the '<em>Get Total</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT_COUNTS___GET_TOTAL = 0;

	/**
	 * The number of operations of the '<em>Agent Counts</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT_COUNTS_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.bulwark.model.impl.ComponentVersionImpl <em>Component Version</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.impl.ComponentVersionImpl
	 * @see io.bulwark.model.impl.ModelPackageImpl#getComponentVersion()
	 * @generated
	 */
	int COMPONENT_VERSION = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_VERSION__NAME = 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_VERSION__VERSION = 1;

	/**
	 * The number of structural features of the '<em>Component Version</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_VERSION_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Component Version</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_VERSION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.bulwark.model.impl.AgentTreeImpl <em>Agent Tree</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.impl.AgentTreeImpl
	 * @see io.bulwark.model.impl.ModelPackageImpl#getAgentTree()
	 * @generated
	 */
	int AGENT_TREE = 6;

	/**
	 * The feature id for the '<em><b>Server</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT_TREE__SERVER = 0;

	/**
	 * The feature id for the '<em><b>Root Policy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT_TREE__ROOT_POLICY = 1;

	/**
	 * The feature id for the '<em><b>Domains</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT_TREE__DOMAINS = 2;

	/**
	 * The feature id for the '<em><b>Agents</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT_TREE__AGENTS = 3;

	/**
	 * The feature id for the '<em><b>Audit Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT_TREE__AUDIT_ENTRIES = 4;

	/**
	 * The number of structural features of the '<em>Agent Tree</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT_TREE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Agent Tree</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT_TREE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.bulwark.model.impl.DomainImpl <em>Domain</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.impl.DomainImpl
	 * @see io.bulwark.model.impl.ModelPackageImpl#getDomain()
	 * @generated
	 */
	int DOMAIN = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__NAME = 1;

	/**
	 * The feature id for the '<em><b>Domains</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__DOMAINS = 2;

	/**
	 * The feature id for the '<em><b>Agents</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__AGENTS = 3;

	/**
	 * The feature id for the '<em><b>Policy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__POLICY = 4;

	/**
	 * The feature id for the '<em><b>Agent Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__AGENT_COUNT = 5;

	/**
	 * The feature id for the '<em><b>Grouping Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__GROUPING_RULES = 6;

	/**
	 * The number of structural features of the '<em>Domain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Domain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.bulwark.model.impl.GroupingRuleImpl <em>Grouping Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.impl.GroupingRuleImpl
	 * @see io.bulwark.model.impl.ModelPackageImpl#getGroupingRule()
	 * @generated
	 */
	int GROUPING_RULE = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUPING_RULE__ID = 0;

	/**
	 * The feature id for the '<em><b>Ip Range</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUPING_RULE__IP_RANGE = 1;

	/**
	 * The feature id for the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUPING_RULE__POSITION = 2;

	/**
	 * The number of structural features of the '<em>Grouping Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUPING_RULE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Grouping Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUPING_RULE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.bulwark.model.impl.AgentImpl <em>Agent</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.impl.AgentImpl
	 * @see io.bulwark.model.impl.ModelPackageImpl#getAgent()
	 * @generated
	 */
	int AGENT = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Host Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT__HOST_NAME = 1;

	/**
	 * The feature id for the '<em><b>Policy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT__POLICY = 2;

	/**
	 * The feature id for the '<em><b>Ip Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT__IP_ADDRESS = 3;

	/**
	 * The feature id for the '<em><b>Operating System</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT__OPERATING_SYSTEM = 4;

	/**
	 * The feature id for the '<em><b>Agent Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT__AGENT_VERSION = 5;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT__STATUS = 6;

	/**
	 * The feature id for the '<em><b>Last Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT__LAST_SEEN = 7;

	/**
	 * The feature id for the '<em><b>Update Agent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT__UPDATE_AGENT = 8;

	/**
	 * The feature id for the '<em><b>Registered At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT__REGISTERED_AT = 9;

	/**
	 * The feature id for the '<em><b>Heartbeat Interval Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT__HEARTBEAT_INTERVAL_MILLIS = 10;

	/**
	 * The feature id for the '<em><b>Component Versions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT__COMPONENT_VERSIONS = 11;

	/**
	 * The feature id for the '<em><b>Inventory</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT__INVENTORY = 12;

	/**
	 * The feature id for the '<em><b>Pending Commands</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT__PENDING_COMMANDS = 13;

	/**
	 * The feature id for the '<em><b>Recent Commands</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT__RECENT_COMMANDS = 14;

	/**
	 * The number of structural features of the '<em>Agent</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT_FEATURE_COUNT = 15;

	/**
	 * The operation id for the '<em>Is Movable</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT___IS_MOVABLE = 0;

	/**
	 * The number of operations of the '<em>Agent</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.bulwark.model.impl.AgentCommandImpl <em>Agent Command</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.impl.AgentCommandImpl
	 * @see io.bulwark.model.impl.ModelPackageImpl#getAgentCommand()
	 * @generated
	 */
	int AGENT_COMMAND = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT_COMMAND__ID = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT_COMMAND__KIND = 1;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT_COMMAND__STATE = 2;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT_COMMAND__CREATED_AT = 3;

	/**
	 * The feature id for the '<em><b>Delivered At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT_COMMAND__DELIVERED_AT = 4;

	/**
	 * The feature id for the '<em><b>Completed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT_COMMAND__COMPLETED_AT = 5;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT_COMMAND__MESSAGE = 6;

	/**
	 * The number of structural features of the '<em>Agent Command</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT_COMMAND_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Agent Command</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT_COMMAND_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.bulwark.model.impl.InventoryImpl <em>Inventory</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.impl.InventoryImpl
	 * @see io.bulwark.model.impl.ModelPackageImpl#getInventory()
	 * @generated
	 */
	int INVENTORY = 11;

	/**
	 * The feature id for the '<em><b>Hardware Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY__HARDWARE_TYPE = 0;

	/**
	 * The feature id for the '<em><b>Operating System</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY__OPERATING_SYSTEM = 1;

	/**
	 * The feature id for the '<em><b>Applications</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY__APPLICATIONS = 2;

	/**
	 * The feature id for the '<em><b>Role</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY__ROLE = 3;

	/**
	 * The feature id for the '<em><b>Connectivity</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY__CONNECTIVITY = 4;

	/**
	 * The feature id for the '<em><b>Installed Updates</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY__INSTALLED_UPDATES = 5;

	/**
	 * The feature id for the '<em><b>Missing Updates</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY__MISSING_UPDATES = 6;

	/**
	 * The feature id for the '<em><b>Collected At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY__COLLECTED_AT = 7;

	/**
	 * The feature id for the '<em><b>Reported At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY__REPORTED_AT = 8;

	/**
	 * The number of structural features of the '<em>Inventory</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Inventory</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.bulwark.model.impl.OperatingSystemImpl <em>Operating System</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.impl.OperatingSystemImpl
	 * @see io.bulwark.model.impl.ModelPackageImpl#getOperatingSystem()
	 * @generated
	 */
	int OPERATING_SYSTEM = 12;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM__NAME = 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM__VERSION = 1;

	/**
	 * The number of structural features of the '<em>Operating System</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM_FEATURE_COUNT = 2;

	/**
	 * The operation id for the '<em>Get Display Name</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM___GET_DISPLAY_NAME = 0;

	/**
	 * The number of operations of the '<em>Operating System</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.bulwark.model.impl.ApplicationImpl <em>Application</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.impl.ApplicationImpl
	 * @see io.bulwark.model.impl.ModelPackageImpl#getApplication()
	 * @generated
	 */
	int APPLICATION = 13;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__NAME = 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__VERSION = 1;

	/**
	 * The feature id for the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__VENDOR = 2;

	/**
	 * The number of structural features of the '<em>Application</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Application</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.bulwark.model.impl.MachineRoleImpl <em>Machine Role</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.impl.MachineRoleImpl
	 * @see io.bulwark.model.impl.ModelPackageImpl#getMachineRole()
	 * @generated
	 */
	int MACHINE_ROLE = 14;

	/**
	 * The feature id for the '<em><b>Functions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE_ROLE__FUNCTIONS = 0;

	/**
	 * The feature id for the '<em><b>Fsmo Roles</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE_ROLE__FSMO_ROLES = 1;

	/**
	 * The feature id for the '<em><b>Business Critical</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE_ROLE__BUSINESS_CRITICAL = 2;

	/**
	 * The number of structural features of the '<em>Machine Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE_ROLE_FEATURE_COUNT = 3;

	/**
	 * The operation id for the '<em>Is Domain Controller</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE_ROLE___IS_DOMAIN_CONTROLLER = 0;

	/**
	 * The operation id for the '<em>Is Database Server</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE_ROLE___IS_DATABASE_SERVER = 1;

	/**
	 * The number of operations of the '<em>Machine Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE_ROLE_OPERATION_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.bulwark.model.impl.ConnectivityImpl <em>Connectivity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.impl.ConnectivityImpl
	 * @see io.bulwark.model.impl.ModelPackageImpl#getConnectivity()
	 * @generated
	 */
	int CONNECTIVITY = 15;

	/**
	 * The feature id for the '<em><b>Link</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTIVITY__LINK = 0;

	/**
	 * The feature id for the '<em><b>Kbit Per Second</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTIVITY__KBIT_PER_SECOND = 1;

	/**
	 * The number of structural features of the '<em>Connectivity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTIVITY_FEATURE_COUNT = 2;

	/**
	 * The operation id for the '<em>Is Slow</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTIVITY___IS_SLOW = 0;

	/**
	 * The number of operations of the '<em>Connectivity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTIVITY_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.bulwark.model.impl.AuditEntryImpl <em>Audit Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.impl.AuditEntryImpl
	 * @see io.bulwark.model.impl.ModelPackageImpl#getAuditEntry()
	 * @generated
	 */
	int AUDIT_ENTRY = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__ID = 0;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__AT = 1;

	/**
	 * The feature id for the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__USER = 2;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__ADDRESS = 3;

	/**
	 * The feature id for the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__ACTION = 4;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__TARGET = 5;

	/**
	 * The feature id for the '<em><b>Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__BEFORE = 6;

	/**
	 * The feature id for the '<em><b>After</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__AFTER = 7;

	/**
	 * The number of structural features of the '<em>Audit Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Audit Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.bulwark.model.impl.MoveJournalImpl <em>Move Journal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.impl.MoveJournalImpl
	 * @see io.bulwark.model.impl.ModelPackageImpl#getMoveJournal()
	 * @generated
	 */
	int MOVE_JOURNAL = 17;

	/**
	 * The feature id for the '<em><b>Jobs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOVE_JOURNAL__JOBS = 0;

	/**
	 * The number of structural features of the '<em>Move Journal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOVE_JOURNAL_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Move Journal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOVE_JOURNAL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.bulwark.model.impl.MoveJobImpl <em>Move Job</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.impl.MoveJobImpl
	 * @see io.bulwark.model.impl.ModelPackageImpl#getMoveJob()
	 * @generated
	 */
	int MOVE_JOB = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOVE_JOB__ID = 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOVE_JOB__SOURCE = 1;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOVE_JOB__TARGET = 2;

	/**
	 * The feature id for the '<em><b>Target Domain Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOVE_JOB__TARGET_DOMAIN_ID = 3;

	/**
	 * The feature id for the '<em><b>Target Domain Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOVE_JOB__TARGET_DOMAIN_NAME = 4;

	/**
	 * The feature id for the '<em><b>Ticket</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOVE_JOB__TICKET = 5;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOVE_JOB__CREATED_AT = 6;

	/**
	 * The feature id for the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOVE_JOB__DEADLINE = 7;

	/**
	 * The feature id for the '<em><b>Wait For Offline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOVE_JOB__WAIT_FOR_OFFLINE = 8;

	/**
	 * The feature id for the '<em><b>Cancel Notifications</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOVE_JOB__CANCEL_NOTIFICATIONS = 9;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOVE_JOB__ITEMS = 10;

	/**
	 * The number of structural features of the '<em>Move Job</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOVE_JOB_FEATURE_COUNT = 11;

	/**
	 * The operation id for the '<em>Is Finished</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOVE_JOB___IS_FINISHED = 0;

	/**
	 * The number of operations of the '<em>Move Job</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOVE_JOB_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.bulwark.model.impl.MoveItemImpl <em>Move Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.impl.MoveItemImpl
	 * @see io.bulwark.model.impl.ModelPackageImpl#getMoveItem()
	 * @generated
	 */
	int MOVE_ITEM = 19;

	/**
	 * The feature id for the '<em><b>Agent Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOVE_ITEM__AGENT_ID = 0;

	/**
	 * The feature id for the '<em><b>Host Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOVE_ITEM__HOST_NAME = 1;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOVE_ITEM__STATE = 2;

	/**
	 * The feature id for the '<em><b>Detail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOVE_ITEM__DETAIL = 3;

	/**
	 * The feature id for the '<em><b>Updated At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOVE_ITEM__UPDATED_AT = 4;

	/**
	 * The number of structural features of the '<em>Move Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOVE_ITEM_FEATURE_COUNT = 5;

	/**
	 * The operation id for the '<em>Is Finished</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOVE_ITEM___IS_FINISHED = 0;

	/**
	 * The number of operations of the '<em>Move Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOVE_ITEM_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.bulwark.model.impl.BaselineImpl <em>Baseline</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.impl.BaselineImpl
	 * @see io.bulwark.model.impl.ModelPackageImpl#getBaseline()
	 * @generated
	 */
	int BASELINE = 20;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Hardware Types</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__HARDWARE_TYPES = 2;

	/**
	 * The feature id for the '<em><b>Operating System</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__OPERATING_SYSTEM = 3;

	/**
	 * The feature id for the '<em><b>Required Updates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__REQUIRED_UPDATES = 4;

	/**
	 * The feature id for the '<em><b>Exceptions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__EXCEPTIONS = 5;

	/**
	 * The number of structural features of the '<em>Baseline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Baseline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.bulwark.model.impl.RequiredUpdateImpl <em>Required Update</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.impl.RequiredUpdateImpl
	 * @see io.bulwark.model.impl.ModelPackageImpl#getRequiredUpdate()
	 * @generated
	 */
	int REQUIRED_UPDATE = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIRED_UPDATE__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIRED_UPDATE__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Classification</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIRED_UPDATE__CLASSIFICATION = 2;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIRED_UPDATE__SEVERITY = 3;

	/**
	 * The number of structural features of the '<em>Required Update</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIRED_UPDATE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Required Update</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIRED_UPDATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.bulwark.model.impl.BaselineExceptionImpl <em>Baseline Exception</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.impl.BaselineExceptionImpl
	 * @see io.bulwark.model.impl.ModelPackageImpl#getBaselineException()
	 * @generated
	 */
	int BASELINE_EXCEPTION = 22;

	/**
	 * The feature id for the '<em><b>Agent Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_EXCEPTION__AGENT_ID = 0;

	/**
	 * The feature id for the '<em><b>Host Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_EXCEPTION__HOST_NAME = 1;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_EXCEPTION__REASON = 2;

	/**
	 * The feature id for the '<em><b>Update Ids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_EXCEPTION__UPDATE_IDS = 3;

	/**
	 * The number of structural features of the '<em>Baseline Exception</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_EXCEPTION_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Baseline Exception</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_EXCEPTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.bulwark.model.AccountRole <em>Account Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.AccountRole
	 * @see io.bulwark.model.impl.ModelPackageImpl#getAccountRole()
	 * @generated
	 */
	int ACCOUNT_ROLE = 23;

	/**
	 * The meta object id for the '{@link io.bulwark.model.ConnectionState <em>Connection State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.ConnectionState
	 * @see io.bulwark.model.impl.ModelPackageImpl#getConnectionState()
	 * @generated
	 */
	int CONNECTION_STATE = 24;


	/**
	 * The meta object id for the '{@link io.bulwark.model.AgentStatus <em>Agent Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.AgentStatus
	 * @see io.bulwark.model.impl.ModelPackageImpl#getAgentStatus()
	 * @generated
	 */
	int AGENT_STATUS = 25;

	/**
	 * The meta object id for the '{@link io.bulwark.model.CommandState <em>Command State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.CommandState
	 * @see io.bulwark.model.impl.ModelPackageImpl#getCommandState()
	 * @generated
	 */
	int COMMAND_STATE = 26;

	/**
	 * The meta object id for the '{@link io.bulwark.model.HardwareType <em>Hardware Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.HardwareType
	 * @see io.bulwark.model.impl.ModelPackageImpl#getHardwareType()
	 * @generated
	 */
	int HARDWARE_TYPE = 27;

	/**
	 * The meta object id for the '{@link io.bulwark.model.LinkType <em>Link Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.LinkType
	 * @see io.bulwark.model.impl.ModelPackageImpl#getLinkType()
	 * @generated
	 */
	int LINK_TYPE = 28;

	/**
	 * The meta object id for the '{@link io.bulwark.model.FsmoRole <em>Fsmo Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.FsmoRole
	 * @see io.bulwark.model.impl.ModelPackageImpl#getFsmoRole()
	 * @generated
	 */
	int FSMO_ROLE = 29;

	/**
	 * The meta object id for the '{@link io.bulwark.model.MoveItemState <em>Move Item State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.MoveItemState
	 * @see io.bulwark.model.impl.ModelPackageImpl#getMoveItemState()
	 * @generated
	 */
	int MOVE_ITEM_STATE = 30;

	/**
	 * The meta object id for the '{@link io.bulwark.model.UpdateClassification <em>Update Classification</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.UpdateClassification
	 * @see io.bulwark.model.impl.ModelPackageImpl#getUpdateClassification()
	 * @generated
	 */
	int UPDATE_CLASSIFICATION = 31;

	/**
	 * The meta object id for the '{@link io.bulwark.model.UpdateSeverity <em>Update Severity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.UpdateSeverity
	 * @see io.bulwark.model.impl.ModelPackageImpl#getUpdateSeverity()
	 * @generated
	 */
	int UPDATE_SEVERITY = 32;

	/**
	 * The meta object id for the '<em>Instant</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.Instant
	 * @see io.bulwark.model.impl.ModelPackageImpl#getInstant()
	 * @generated
	 */
	int INSTANT = 33;


	/**
	 * Returns the meta object for class '{@link io.bulwark.model.ServerRegistry <em>Server Registry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Server Registry</em>'.
	 * @see io.bulwark.model.ServerRegistry
	 * @generated
	 */
	EClass getServerRegistry();

	/**
	 * Returns the meta object for the containment reference list '{@link io.bulwark.model.ServerRegistry#getFolders <em>Folders</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Folders</em>'.
	 * @see io.bulwark.model.ServerRegistry#getFolders()
	 * @see #getServerRegistry()
	 * @generated
	 */
	EReference getServerRegistry_Folders();

	/**
	 * Returns the meta object for the containment reference list '{@link io.bulwark.model.ServerRegistry#getServers <em>Servers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Servers</em>'.
	 * @see io.bulwark.model.ServerRegistry#getServers()
	 * @see #getServerRegistry()
	 * @generated
	 */
	EReference getServerRegistry_Servers();

	/**
	 * Returns the meta object for class '{@link io.bulwark.model.ServerFolder <em>Server Folder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Server Folder</em>'.
	 * @see io.bulwark.model.ServerFolder
	 * @generated
	 */
	EClass getServerFolder();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.ServerFolder#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.bulwark.model.ServerFolder#getName()
	 * @see #getServerFolder()
	 * @generated
	 */
	EAttribute getServerFolder_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link io.bulwark.model.ServerFolder#getServers <em>Servers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Servers</em>'.
	 * @see io.bulwark.model.ServerFolder#getServers()
	 * @see #getServerFolder()
	 * @generated
	 */
	EReference getServerFolder_Servers();

	/**
	 * Returns the meta object for the containment reference list '{@link io.bulwark.model.ServerFolder#getFolders <em>Folders</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Folders</em>'.
	 * @see io.bulwark.model.ServerFolder#getFolders()
	 * @see #getServerFolder()
	 * @generated
	 */
	EReference getServerFolder_Folders();

	/**
	 * Returns the meta object for class '{@link io.bulwark.model.ManagementServer <em>Management Server</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Management Server</em>'.
	 * @see io.bulwark.model.ManagementServer
	 * @generated
	 */
	EClass getManagementServer();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.ManagementServer#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.bulwark.model.ManagementServer#getId()
	 * @see #getManagementServer()
	 * @generated
	 */
	EAttribute getManagementServer_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.ManagementServer#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.bulwark.model.ManagementServer#getName()
	 * @see #getManagementServer()
	 * @generated
	 */
	EAttribute getManagementServer_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.ManagementServer#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Host</em>'.
	 * @see io.bulwark.model.ManagementServer#getHost()
	 * @see #getManagementServer()
	 * @generated
	 */
	EAttribute getManagementServer_Host();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.ManagementServer#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see io.bulwark.model.ManagementServer#getPort()
	 * @see #getManagementServer()
	 * @generated
	 */
	EAttribute getManagementServer_Port();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.ManagementServer#getUser <em>User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User</em>'.
	 * @see io.bulwark.model.ManagementServer#getUser()
	 * @see #getManagementServer()
	 * @generated
	 */
	EAttribute getManagementServer_User();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.ManagementServer#isUseTls <em>Use Tls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Use Tls</em>'.
	 * @see io.bulwark.model.ManagementServer#isUseTls()
	 * @see #getManagementServer()
	 * @generated
	 */
	EAttribute getManagementServer_UseTls();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.ManagementServer#getPinnedFingerprint <em>Pinned Fingerprint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pinned Fingerprint</em>'.
	 * @see io.bulwark.model.ManagementServer#getPinnedFingerprint()
	 * @see #getManagementServer()
	 * @generated
	 */
	EAttribute getManagementServer_PinnedFingerprint();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.ManagementServer#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see io.bulwark.model.ManagementServer#getVersion()
	 * @see #getManagementServer()
	 * @generated
	 */
	EAttribute getManagementServer_Version();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.ManagementServer#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see io.bulwark.model.ManagementServer#getState()
	 * @see #getManagementServer()
	 * @generated
	 */
	EAttribute getManagementServer_State();

	/**
	 * Returns the meta object for the reference '{@link io.bulwark.model.ManagementServer#getAgentTree <em>Agent Tree</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Agent Tree</em>'.
	 * @see io.bulwark.model.ManagementServer#getAgentTree()
	 * @see #getManagementServer()
	 * @generated
	 */
	EReference getManagementServer_AgentTree();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.ManagementServer#getServerId <em>Server Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Server Id</em>'.
	 * @see io.bulwark.model.ManagementServer#getServerId()
	 * @see #getManagementServer()
	 * @generated
	 */
	EAttribute getManagementServer_ServerId();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.ManagementServer#getListeningPort <em>Listening Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Listening Port</em>'.
	 * @see io.bulwark.model.ManagementServer#getListeningPort()
	 * @see #getManagementServer()
	 * @generated
	 */
	EAttribute getManagementServer_ListeningPort();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.ManagementServer#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see io.bulwark.model.ManagementServer#getRole()
	 * @see #getManagementServer()
	 * @generated
	 */
	EAttribute getManagementServer_Role();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.ManagementServer#getAgentCount <em>Agent Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Agent Count</em>'.
	 * @see io.bulwark.model.ManagementServer#getAgentCount()
	 * @see #getManagementServer()
	 * @generated
	 */
	EAttribute getManagementServer_AgentCount();

	/**
	 * Returns the meta object for the containment reference '{@link io.bulwark.model.ManagementServer#getAgentsByStatus <em>Agents By Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Agents By Status</em>'.
	 * @see io.bulwark.model.ManagementServer#getAgentsByStatus()
	 * @see #getManagementServer()
	 * @generated
	 */
	EReference getManagementServer_AgentsByStatus();

	/**
	 * Returns the meta object for the containment reference list '{@link io.bulwark.model.ManagementServer#getComponents <em>Components</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Components</em>'.
	 * @see io.bulwark.model.ManagementServer#getComponents()
	 * @see #getManagementServer()
	 * @generated
	 */
	EReference getManagementServer_Components();

	/**
	 * Returns the meta object for the containment reference '{@link io.bulwark.model.ManagementServer#getCertificate <em>Certificate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Certificate</em>'.
	 * @see io.bulwark.model.ManagementServer#getCertificate()
	 * @see #getManagementServer()
	 * @generated
	 */
	EReference getManagementServer_Certificate();

	/**
	 * Returns the meta object for class '{@link io.bulwark.model.ServerCertificate <em>Server Certificate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Server Certificate</em>'.
	 * @see io.bulwark.model.ServerCertificate
	 * @generated
	 */
	EClass getServerCertificate();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.ServerCertificate#getFingerprint <em>Fingerprint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fingerprint</em>'.
	 * @see io.bulwark.model.ServerCertificate#getFingerprint()
	 * @see #getServerCertificate()
	 * @generated
	 */
	EAttribute getServerCertificate_Fingerprint();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.ServerCertificate#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject</em>'.
	 * @see io.bulwark.model.ServerCertificate#getSubject()
	 * @see #getServerCertificate()
	 * @generated
	 */
	EAttribute getServerCertificate_Subject();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.ServerCertificate#getValidFrom <em>Valid From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid From</em>'.
	 * @see io.bulwark.model.ServerCertificate#getValidFrom()
	 * @see #getServerCertificate()
	 * @generated
	 */
	EAttribute getServerCertificate_ValidFrom();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.ServerCertificate#getValidUntil <em>Valid Until</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid Until</em>'.
	 * @see io.bulwark.model.ServerCertificate#getValidUntil()
	 * @see #getServerCertificate()
	 * @generated
	 */
	EAttribute getServerCertificate_ValidUntil();

	/**
	 * Returns the meta object for class '{@link io.bulwark.model.AgentCounts <em>Agent Counts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Agent Counts</em>'.
	 * @see io.bulwark.model.AgentCounts
	 * @generated
	 */
	EClass getAgentCounts();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.AgentCounts#getOnline <em>Online</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Online</em>'.
	 * @see io.bulwark.model.AgentCounts#getOnline()
	 * @see #getAgentCounts()
	 * @generated
	 */
	EAttribute getAgentCounts_Online();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.AgentCounts#getOffline <em>Offline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Offline</em>'.
	 * @see io.bulwark.model.AgentCounts#getOffline()
	 * @see #getAgentCounts()
	 * @generated
	 */
	EAttribute getAgentCounts_Offline();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.AgentCounts#getRoaming <em>Roaming</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Roaming</em>'.
	 * @see io.bulwark.model.AgentCounts#getRoaming()
	 * @see #getAgentCounts()
	 * @generated
	 */
	EAttribute getAgentCounts_Roaming();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.AgentCounts#getMoving <em>Moving</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Moving</em>'.
	 * @see io.bulwark.model.AgentCounts#getMoving()
	 * @see #getAgentCounts()
	 * @generated
	 */
	EAttribute getAgentCounts_Moving();

	/**
	 * Returns the meta object for the '{@link io.bulwark.model.AgentCounts#getTotal() <em>Get Total</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Total</em>' operation.
	 * @see io.bulwark.model.AgentCounts#getTotal()
	 * @generated
	 */
	EOperation getAgentCounts__GetTotal();

	/**
	 * Returns the meta object for class '{@link io.bulwark.model.ComponentVersion <em>Component Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Component Version</em>'.
	 * @see io.bulwark.model.ComponentVersion
	 * @generated
	 */
	EClass getComponentVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.ComponentVersion#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.bulwark.model.ComponentVersion#getName()
	 * @see #getComponentVersion()
	 * @generated
	 */
	EAttribute getComponentVersion_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.ComponentVersion#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see io.bulwark.model.ComponentVersion#getVersion()
	 * @see #getComponentVersion()
	 * @generated
	 */
	EAttribute getComponentVersion_Version();

	/**
	 * Returns the meta object for class '{@link io.bulwark.model.AgentTree <em>Agent Tree</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Agent Tree</em>'.
	 * @see io.bulwark.model.AgentTree
	 * @generated
	 */
	EClass getAgentTree();

	/**
	 * Returns the meta object for the reference '{@link io.bulwark.model.AgentTree#getServer <em>Server</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Server</em>'.
	 * @see io.bulwark.model.AgentTree#getServer()
	 * @see #getAgentTree()
	 * @generated
	 */
	EReference getAgentTree_Server();

	/**
	 * Returns the meta object for the containment reference '{@link io.bulwark.model.AgentTree#getRootPolicy <em>Root Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Root Policy</em>'.
	 * @see io.bulwark.model.AgentTree#getRootPolicy()
	 * @see #getAgentTree()
	 * @generated
	 */
	EReference getAgentTree_RootPolicy();

	/**
	 * Returns the meta object for the containment reference list '{@link io.bulwark.model.AgentTree#getDomains <em>Domains</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Domains</em>'.
	 * @see io.bulwark.model.AgentTree#getDomains()
	 * @see #getAgentTree()
	 * @generated
	 */
	EReference getAgentTree_Domains();

	/**
	 * Returns the meta object for the containment reference list '{@link io.bulwark.model.AgentTree#getAgents <em>Agents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Agents</em>'.
	 * @see io.bulwark.model.AgentTree#getAgents()
	 * @see #getAgentTree()
	 * @generated
	 */
	EReference getAgentTree_Agents();

	/**
	 * Returns the meta object for the containment reference list '{@link io.bulwark.model.AgentTree#getAuditEntries <em>Audit Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Audit Entries</em>'.
	 * @see io.bulwark.model.AgentTree#getAuditEntries()
	 * @see #getAgentTree()
	 * @generated
	 */
	EReference getAgentTree_AuditEntries();

	/**
	 * Returns the meta object for class '{@link io.bulwark.model.Domain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Domain</em>'.
	 * @see io.bulwark.model.Domain
	 * @generated
	 */
	EClass getDomain();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.Domain#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.bulwark.model.Domain#getId()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.Domain#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.bulwark.model.Domain#getName()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link io.bulwark.model.Domain#getDomains <em>Domains</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Domains</em>'.
	 * @see io.bulwark.model.Domain#getDomains()
	 * @see #getDomain()
	 * @generated
	 */
	EReference getDomain_Domains();

	/**
	 * Returns the meta object for the containment reference list '{@link io.bulwark.model.Domain#getAgents <em>Agents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Agents</em>'.
	 * @see io.bulwark.model.Domain#getAgents()
	 * @see #getDomain()
	 * @generated
	 */
	EReference getDomain_Agents();

	/**
	 * Returns the meta object for the containment reference '{@link io.bulwark.model.Domain#getPolicy <em>Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Policy</em>'.
	 * @see io.bulwark.model.Domain#getPolicy()
	 * @see #getDomain()
	 * @generated
	 */
	EReference getDomain_Policy();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.Domain#getAgentCount <em>Agent Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Agent Count</em>'.
	 * @see io.bulwark.model.Domain#getAgentCount()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_AgentCount();

	/**
	 * Returns the meta object for the containment reference list '{@link io.bulwark.model.Domain#getGroupingRules <em>Grouping Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Grouping Rules</em>'.
	 * @see io.bulwark.model.Domain#getGroupingRules()
	 * @see #getDomain()
	 * @generated
	 */
	EReference getDomain_GroupingRules();

	/**
	 * Returns the meta object for class '{@link io.bulwark.model.GroupingRule <em>Grouping Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Grouping Rule</em>'.
	 * @see io.bulwark.model.GroupingRule
	 * @generated
	 */
	EClass getGroupingRule();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.GroupingRule#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.bulwark.model.GroupingRule#getId()
	 * @see #getGroupingRule()
	 * @generated
	 */
	EAttribute getGroupingRule_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.GroupingRule#getIpRange <em>Ip Range</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ip Range</em>'.
	 * @see io.bulwark.model.GroupingRule#getIpRange()
	 * @see #getGroupingRule()
	 * @generated
	 */
	EAttribute getGroupingRule_IpRange();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.GroupingRule#getPosition <em>Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Position</em>'.
	 * @see io.bulwark.model.GroupingRule#getPosition()
	 * @see #getGroupingRule()
	 * @generated
	 */
	EAttribute getGroupingRule_Position();

	/**
	 * Returns the meta object for class '{@link io.bulwark.model.Agent <em>Agent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Agent</em>'.
	 * @see io.bulwark.model.Agent
	 * @generated
	 */
	EClass getAgent();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.Agent#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.bulwark.model.Agent#getId()
	 * @see #getAgent()
	 * @generated
	 */
	EAttribute getAgent_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.Agent#getHostName <em>Host Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Host Name</em>'.
	 * @see io.bulwark.model.Agent#getHostName()
	 * @see #getAgent()
	 * @generated
	 */
	EAttribute getAgent_HostName();

	/**
	 * Returns the meta object for the containment reference '{@link io.bulwark.model.Agent#getPolicy <em>Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Policy</em>'.
	 * @see io.bulwark.model.Agent#getPolicy()
	 * @see #getAgent()
	 * @generated
	 */
	EReference getAgent_Policy();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.Agent#getIpAddress <em>Ip Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ip Address</em>'.
	 * @see io.bulwark.model.Agent#getIpAddress()
	 * @see #getAgent()
	 * @generated
	 */
	EAttribute getAgent_IpAddress();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.Agent#getOperatingSystem <em>Operating System</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operating System</em>'.
	 * @see io.bulwark.model.Agent#getOperatingSystem()
	 * @see #getAgent()
	 * @generated
	 */
	EAttribute getAgent_OperatingSystem();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.Agent#getAgentVersion <em>Agent Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Agent Version</em>'.
	 * @see io.bulwark.model.Agent#getAgentVersion()
	 * @see #getAgent()
	 * @generated
	 */
	EAttribute getAgent_AgentVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.Agent#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see io.bulwark.model.Agent#getStatus()
	 * @see #getAgent()
	 * @generated
	 */
	EAttribute getAgent_Status();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.Agent#getLastSeen <em>Last Seen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Seen</em>'.
	 * @see io.bulwark.model.Agent#getLastSeen()
	 * @see #getAgent()
	 * @generated
	 */
	EAttribute getAgent_LastSeen();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.Agent#isUpdateAgent <em>Update Agent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Update Agent</em>'.
	 * @see io.bulwark.model.Agent#isUpdateAgent()
	 * @see #getAgent()
	 * @generated
	 */
	EAttribute getAgent_UpdateAgent();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.Agent#getRegisteredAt <em>Registered At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Registered At</em>'.
	 * @see io.bulwark.model.Agent#getRegisteredAt()
	 * @see #getAgent()
	 * @generated
	 */
	EAttribute getAgent_RegisteredAt();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.Agent#getHeartbeatIntervalMillis <em>Heartbeat Interval Millis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Heartbeat Interval Millis</em>'.
	 * @see io.bulwark.model.Agent#getHeartbeatIntervalMillis()
	 * @see #getAgent()
	 * @generated
	 */
	EAttribute getAgent_HeartbeatIntervalMillis();

	/**
	 * Returns the meta object for the containment reference list '{@link io.bulwark.model.Agent#getComponentVersions <em>Component Versions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Component Versions</em>'.
	 * @see io.bulwark.model.Agent#getComponentVersions()
	 * @see #getAgent()
	 * @generated
	 */
	EReference getAgent_ComponentVersions();

	/**
	 * Returns the meta object for the containment reference '{@link io.bulwark.model.Agent#getInventory <em>Inventory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Inventory</em>'.
	 * @see io.bulwark.model.Agent#getInventory()
	 * @see #getAgent()
	 * @generated
	 */
	EReference getAgent_Inventory();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.Agent#getPendingCommands <em>Pending Commands</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pending Commands</em>'.
	 * @see io.bulwark.model.Agent#getPendingCommands()
	 * @see #getAgent()
	 * @generated
	 */
	EAttribute getAgent_PendingCommands();

	/**
	 * Returns the meta object for the containment reference list '{@link io.bulwark.model.Agent#getRecentCommands <em>Recent Commands</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Recent Commands</em>'.
	 * @see io.bulwark.model.Agent#getRecentCommands()
	 * @see #getAgent()
	 * @generated
	 */
	EReference getAgent_RecentCommands();

	/**
	 * Returns the meta object for the '{@link io.bulwark.model.Agent#isMovable() <em>Is Movable</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Movable</em>' operation.
	 * @see io.bulwark.model.Agent#isMovable()
	 * @generated
	 */
	EOperation getAgent__IsMovable();

	/**
	 * Returns the meta object for class '{@link io.bulwark.model.AgentCommand <em>Agent Command</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Agent Command</em>'.
	 * @see io.bulwark.model.AgentCommand
	 * @generated
	 */
	EClass getAgentCommand();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.AgentCommand#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.bulwark.model.AgentCommand#getId()
	 * @see #getAgentCommand()
	 * @generated
	 */
	EAttribute getAgentCommand_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.AgentCommand#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.bulwark.model.AgentCommand#getKind()
	 * @see #getAgentCommand()
	 * @generated
	 */
	EAttribute getAgentCommand_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.AgentCommand#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see io.bulwark.model.AgentCommand#getState()
	 * @see #getAgentCommand()
	 * @generated
	 */
	EAttribute getAgentCommand_State();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.AgentCommand#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see io.bulwark.model.AgentCommand#getCreatedAt()
	 * @see #getAgentCommand()
	 * @generated
	 */
	EAttribute getAgentCommand_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.AgentCommand#getDeliveredAt <em>Delivered At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Delivered At</em>'.
	 * @see io.bulwark.model.AgentCommand#getDeliveredAt()
	 * @see #getAgentCommand()
	 * @generated
	 */
	EAttribute getAgentCommand_DeliveredAt();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.AgentCommand#getCompletedAt <em>Completed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Completed At</em>'.
	 * @see io.bulwark.model.AgentCommand#getCompletedAt()
	 * @see #getAgentCommand()
	 * @generated
	 */
	EAttribute getAgentCommand_CompletedAt();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.AgentCommand#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see io.bulwark.model.AgentCommand#getMessage()
	 * @see #getAgentCommand()
	 * @generated
	 */
	EAttribute getAgentCommand_Message();

	/**
	 * Returns the meta object for class '{@link io.bulwark.model.Inventory <em>Inventory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Inventory</em>'.
	 * @see io.bulwark.model.Inventory
	 * @generated
	 */
	EClass getInventory();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.Inventory#getHardwareType <em>Hardware Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hardware Type</em>'.
	 * @see io.bulwark.model.Inventory#getHardwareType()
	 * @see #getInventory()
	 * @generated
	 */
	EAttribute getInventory_HardwareType();

	/**
	 * Returns the meta object for the containment reference '{@link io.bulwark.model.Inventory#getOperatingSystem <em>Operating System</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Operating System</em>'.
	 * @see io.bulwark.model.Inventory#getOperatingSystem()
	 * @see #getInventory()
	 * @generated
	 */
	EReference getInventory_OperatingSystem();

	/**
	 * Returns the meta object for the containment reference list '{@link io.bulwark.model.Inventory#getApplications <em>Applications</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Applications</em>'.
	 * @see io.bulwark.model.Inventory#getApplications()
	 * @see #getInventory()
	 * @generated
	 */
	EReference getInventory_Applications();

	/**
	 * Returns the meta object for the containment reference '{@link io.bulwark.model.Inventory#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Role</em>'.
	 * @see io.bulwark.model.Inventory#getRole()
	 * @see #getInventory()
	 * @generated
	 */
	EReference getInventory_Role();

	/**
	 * Returns the meta object for the containment reference '{@link io.bulwark.model.Inventory#getConnectivity <em>Connectivity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Connectivity</em>'.
	 * @see io.bulwark.model.Inventory#getConnectivity()
	 * @see #getInventory()
	 * @generated
	 */
	EReference getInventory_Connectivity();

	/**
	 * Returns the meta object for the attribute list '{@link io.bulwark.model.Inventory#getInstalledUpdates <em>Installed Updates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Installed Updates</em>'.
	 * @see io.bulwark.model.Inventory#getInstalledUpdates()
	 * @see #getInventory()
	 * @generated
	 */
	EAttribute getInventory_InstalledUpdates();

	/**
	 * Returns the meta object for the attribute list '{@link io.bulwark.model.Inventory#getMissingUpdates <em>Missing Updates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Missing Updates</em>'.
	 * @see io.bulwark.model.Inventory#getMissingUpdates()
	 * @see #getInventory()
	 * @generated
	 */
	EAttribute getInventory_MissingUpdates();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.Inventory#getCollectedAt <em>Collected At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Collected At</em>'.
	 * @see io.bulwark.model.Inventory#getCollectedAt()
	 * @see #getInventory()
	 * @generated
	 */
	EAttribute getInventory_CollectedAt();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.Inventory#getReportedAt <em>Reported At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reported At</em>'.
	 * @see io.bulwark.model.Inventory#getReportedAt()
	 * @see #getInventory()
	 * @generated
	 */
	EAttribute getInventory_ReportedAt();

	/**
	 * Returns the meta object for class '{@link io.bulwark.model.OperatingSystem <em>Operating System</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Operating System</em>'.
	 * @see io.bulwark.model.OperatingSystem
	 * @generated
	 */
	EClass getOperatingSystem();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.OperatingSystem#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.bulwark.model.OperatingSystem#getName()
	 * @see #getOperatingSystem()
	 * @generated
	 */
	EAttribute getOperatingSystem_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.OperatingSystem#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see io.bulwark.model.OperatingSystem#getVersion()
	 * @see #getOperatingSystem()
	 * @generated
	 */
	EAttribute getOperatingSystem_Version();

	/**
	 * Returns the meta object for the '{@link io.bulwark.model.OperatingSystem#getDisplayName() <em>Get Display Name</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Display Name</em>' operation.
	 * @see io.bulwark.model.OperatingSystem#getDisplayName()
	 * @generated
	 */
	EOperation getOperatingSystem__GetDisplayName();

	/**
	 * Returns the meta object for class '{@link io.bulwark.model.Application <em>Application</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Application</em>'.
	 * @see io.bulwark.model.Application
	 * @generated
	 */
	EClass getApplication();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.Application#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.bulwark.model.Application#getName()
	 * @see #getApplication()
	 * @generated
	 */
	EAttribute getApplication_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.Application#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see io.bulwark.model.Application#getVersion()
	 * @see #getApplication()
	 * @generated
	 */
	EAttribute getApplication_Version();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.Application#getVendor <em>Vendor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vendor</em>'.
	 * @see io.bulwark.model.Application#getVendor()
	 * @see #getApplication()
	 * @generated
	 */
	EAttribute getApplication_Vendor();

	/**
	 * Returns the meta object for class '{@link io.bulwark.model.MachineRole <em>Machine Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Machine Role</em>'.
	 * @see io.bulwark.model.MachineRole
	 * @generated
	 */
	EClass getMachineRole();

	/**
	 * Returns the meta object for the attribute list '{@link io.bulwark.model.MachineRole#getFunctions <em>Functions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Functions</em>'.
	 * @see io.bulwark.model.MachineRole#getFunctions()
	 * @see #getMachineRole()
	 * @generated
	 */
	EAttribute getMachineRole_Functions();

	/**
	 * Returns the meta object for the attribute list '{@link io.bulwark.model.MachineRole#getFsmoRoles <em>Fsmo Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Fsmo Roles</em>'.
	 * @see io.bulwark.model.MachineRole#getFsmoRoles()
	 * @see #getMachineRole()
	 * @generated
	 */
	EAttribute getMachineRole_FsmoRoles();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.MachineRole#isBusinessCritical <em>Business Critical</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Business Critical</em>'.
	 * @see io.bulwark.model.MachineRole#isBusinessCritical()
	 * @see #getMachineRole()
	 * @generated
	 */
	EAttribute getMachineRole_BusinessCritical();

	/**
	 * Returns the meta object for the '{@link io.bulwark.model.MachineRole#isDomainController() <em>Is Domain Controller</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Domain Controller</em>' operation.
	 * @see io.bulwark.model.MachineRole#isDomainController()
	 * @generated
	 */
	EOperation getMachineRole__IsDomainController();

	/**
	 * Returns the meta object for the '{@link io.bulwark.model.MachineRole#isDatabaseServer() <em>Is Database Server</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Database Server</em>' operation.
	 * @see io.bulwark.model.MachineRole#isDatabaseServer()
	 * @generated
	 */
	EOperation getMachineRole__IsDatabaseServer();

	/**
	 * Returns the meta object for class '{@link io.bulwark.model.Connectivity <em>Connectivity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Connectivity</em>'.
	 * @see io.bulwark.model.Connectivity
	 * @generated
	 */
	EClass getConnectivity();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.Connectivity#getLink <em>Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Link</em>'.
	 * @see io.bulwark.model.Connectivity#getLink()
	 * @see #getConnectivity()
	 * @generated
	 */
	EAttribute getConnectivity_Link();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.Connectivity#getKbitPerSecond <em>Kbit Per Second</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kbit Per Second</em>'.
	 * @see io.bulwark.model.Connectivity#getKbitPerSecond()
	 * @see #getConnectivity()
	 * @generated
	 */
	EAttribute getConnectivity_KbitPerSecond();

	/**
	 * Returns the meta object for the '{@link io.bulwark.model.Connectivity#isSlow() <em>Is Slow</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Slow</em>' operation.
	 * @see io.bulwark.model.Connectivity#isSlow()
	 * @generated
	 */
	EOperation getConnectivity__IsSlow();

	/**
	 * Returns the meta object for class '{@link io.bulwark.model.AuditEntry <em>Audit Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Audit Entry</em>'.
	 * @see io.bulwark.model.AuditEntry
	 * @generated
	 */
	EClass getAuditEntry();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.AuditEntry#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.bulwark.model.AuditEntry#getId()
	 * @see #getAuditEntry()
	 * @generated
	 */
	EAttribute getAuditEntry_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.AuditEntry#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see io.bulwark.model.AuditEntry#getAt()
	 * @see #getAuditEntry()
	 * @generated
	 */
	EAttribute getAuditEntry_At();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.AuditEntry#getUser <em>User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User</em>'.
	 * @see io.bulwark.model.AuditEntry#getUser()
	 * @see #getAuditEntry()
	 * @generated
	 */
	EAttribute getAuditEntry_User();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.AuditEntry#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see io.bulwark.model.AuditEntry#getAddress()
	 * @see #getAuditEntry()
	 * @generated
	 */
	EAttribute getAuditEntry_Address();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.AuditEntry#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action</em>'.
	 * @see io.bulwark.model.AuditEntry#getAction()
	 * @see #getAuditEntry()
	 * @generated
	 */
	EAttribute getAuditEntry_Action();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.AuditEntry#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see io.bulwark.model.AuditEntry#getTarget()
	 * @see #getAuditEntry()
	 * @generated
	 */
	EAttribute getAuditEntry_Target();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.AuditEntry#getBefore <em>Before</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Before</em>'.
	 * @see io.bulwark.model.AuditEntry#getBefore()
	 * @see #getAuditEntry()
	 * @generated
	 */
	EAttribute getAuditEntry_Before();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.AuditEntry#getAfter <em>After</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>After</em>'.
	 * @see io.bulwark.model.AuditEntry#getAfter()
	 * @see #getAuditEntry()
	 * @generated
	 */
	EAttribute getAuditEntry_After();

	/**
	 * Returns the meta object for class '{@link io.bulwark.model.MoveJournal <em>Move Journal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Move Journal</em>'.
	 * @see io.bulwark.model.MoveJournal
	 * @generated
	 */
	EClass getMoveJournal();

	/**
	 * Returns the meta object for the containment reference list '{@link io.bulwark.model.MoveJournal#getJobs <em>Jobs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Jobs</em>'.
	 * @see io.bulwark.model.MoveJournal#getJobs()
	 * @see #getMoveJournal()
	 * @generated
	 */
	EReference getMoveJournal_Jobs();

	/**
	 * Returns the meta object for class '{@link io.bulwark.model.MoveJob <em>Move Job</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Move Job</em>'.
	 * @see io.bulwark.model.MoveJob
	 * @generated
	 */
	EClass getMoveJob();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.MoveJob#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.bulwark.model.MoveJob#getId()
	 * @see #getMoveJob()
	 * @generated
	 */
	EAttribute getMoveJob_Id();

	/**
	 * Returns the meta object for the reference '{@link io.bulwark.model.MoveJob#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see io.bulwark.model.MoveJob#getSource()
	 * @see #getMoveJob()
	 * @generated
	 */
	EReference getMoveJob_Source();

	/**
	 * Returns the meta object for the reference '{@link io.bulwark.model.MoveJob#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see io.bulwark.model.MoveJob#getTarget()
	 * @see #getMoveJob()
	 * @generated
	 */
	EReference getMoveJob_Target();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.MoveJob#getTargetDomainId <em>Target Domain Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Domain Id</em>'.
	 * @see io.bulwark.model.MoveJob#getTargetDomainId()
	 * @see #getMoveJob()
	 * @generated
	 */
	EAttribute getMoveJob_TargetDomainId();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.MoveJob#getTargetDomainName <em>Target Domain Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Domain Name</em>'.
	 * @see io.bulwark.model.MoveJob#getTargetDomainName()
	 * @see #getMoveJob()
	 * @generated
	 */
	EAttribute getMoveJob_TargetDomainName();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.MoveJob#getTicket <em>Ticket</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ticket</em>'.
	 * @see io.bulwark.model.MoveJob#getTicket()
	 * @see #getMoveJob()
	 * @generated
	 */
	EAttribute getMoveJob_Ticket();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.MoveJob#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see io.bulwark.model.MoveJob#getCreatedAt()
	 * @see #getMoveJob()
	 * @generated
	 */
	EAttribute getMoveJob_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.MoveJob#getDeadline <em>Deadline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deadline</em>'.
	 * @see io.bulwark.model.MoveJob#getDeadline()
	 * @see #getMoveJob()
	 * @generated
	 */
	EAttribute getMoveJob_Deadline();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.MoveJob#isWaitForOffline <em>Wait For Offline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Wait For Offline</em>'.
	 * @see io.bulwark.model.MoveJob#isWaitForOffline()
	 * @see #getMoveJob()
	 * @generated
	 */
	EAttribute getMoveJob_WaitForOffline();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.MoveJob#isCancelNotifications <em>Cancel Notifications</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cancel Notifications</em>'.
	 * @see io.bulwark.model.MoveJob#isCancelNotifications()
	 * @see #getMoveJob()
	 * @generated
	 */
	EAttribute getMoveJob_CancelNotifications();

	/**
	 * Returns the meta object for the containment reference list '{@link io.bulwark.model.MoveJob#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.bulwark.model.MoveJob#getItems()
	 * @see #getMoveJob()
	 * @generated
	 */
	EReference getMoveJob_Items();

	/**
	 * Returns the meta object for the '{@link io.bulwark.model.MoveJob#isFinished() <em>Is Finished</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Finished</em>' operation.
	 * @see io.bulwark.model.MoveJob#isFinished()
	 * @generated
	 */
	EOperation getMoveJob__IsFinished();

	/**
	 * Returns the meta object for class '{@link io.bulwark.model.MoveItem <em>Move Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Move Item</em>'.
	 * @see io.bulwark.model.MoveItem
	 * @generated
	 */
	EClass getMoveItem();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.MoveItem#getAgentId <em>Agent Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Agent Id</em>'.
	 * @see io.bulwark.model.MoveItem#getAgentId()
	 * @see #getMoveItem()
	 * @generated
	 */
	EAttribute getMoveItem_AgentId();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.MoveItem#getHostName <em>Host Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Host Name</em>'.
	 * @see io.bulwark.model.MoveItem#getHostName()
	 * @see #getMoveItem()
	 * @generated
	 */
	EAttribute getMoveItem_HostName();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.MoveItem#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see io.bulwark.model.MoveItem#getState()
	 * @see #getMoveItem()
	 * @generated
	 */
	EAttribute getMoveItem_State();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.MoveItem#getDetail <em>Detail</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Detail</em>'.
	 * @see io.bulwark.model.MoveItem#getDetail()
	 * @see #getMoveItem()
	 * @generated
	 */
	EAttribute getMoveItem_Detail();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.MoveItem#getUpdatedAt <em>Updated At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Updated At</em>'.
	 * @see io.bulwark.model.MoveItem#getUpdatedAt()
	 * @see #getMoveItem()
	 * @generated
	 */
	EAttribute getMoveItem_UpdatedAt();

	/**
	 * Returns the meta object for the '{@link io.bulwark.model.MoveItem#isFinished() <em>Is Finished</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Finished</em>' operation.
	 * @see io.bulwark.model.MoveItem#isFinished()
	 * @generated
	 */
	EOperation getMoveItem__IsFinished();

	/**
	 * Returns the meta object for class '{@link io.bulwark.model.Baseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Baseline</em>'.
	 * @see io.bulwark.model.Baseline
	 * @generated
	 */
	EClass getBaseline();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.Baseline#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.bulwark.model.Baseline#getName()
	 * @see #getBaseline()
	 * @generated
	 */
	EAttribute getBaseline_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.Baseline#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.bulwark.model.Baseline#getDescription()
	 * @see #getBaseline()
	 * @generated
	 */
	EAttribute getBaseline_Description();

	/**
	 * Returns the meta object for the attribute list '{@link io.bulwark.model.Baseline#getHardwareTypes <em>Hardware Types</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Hardware Types</em>'.
	 * @see io.bulwark.model.Baseline#getHardwareTypes()
	 * @see #getBaseline()
	 * @generated
	 */
	EAttribute getBaseline_HardwareTypes();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.Baseline#getOperatingSystem <em>Operating System</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operating System</em>'.
	 * @see io.bulwark.model.Baseline#getOperatingSystem()
	 * @see #getBaseline()
	 * @generated
	 */
	EAttribute getBaseline_OperatingSystem();

	/**
	 * Returns the meta object for the containment reference list '{@link io.bulwark.model.Baseline#getRequiredUpdates <em>Required Updates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Required Updates</em>'.
	 * @see io.bulwark.model.Baseline#getRequiredUpdates()
	 * @see #getBaseline()
	 * @generated
	 */
	EReference getBaseline_RequiredUpdates();

	/**
	 * Returns the meta object for the containment reference list '{@link io.bulwark.model.Baseline#getExceptions <em>Exceptions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Exceptions</em>'.
	 * @see io.bulwark.model.Baseline#getExceptions()
	 * @see #getBaseline()
	 * @generated
	 */
	EReference getBaseline_Exceptions();

	/**
	 * Returns the meta object for class '{@link io.bulwark.model.RequiredUpdate <em>Required Update</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Required Update</em>'.
	 * @see io.bulwark.model.RequiredUpdate
	 * @generated
	 */
	EClass getRequiredUpdate();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.RequiredUpdate#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.bulwark.model.RequiredUpdate#getId()
	 * @see #getRequiredUpdate()
	 * @generated
	 */
	EAttribute getRequiredUpdate_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.RequiredUpdate#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see io.bulwark.model.RequiredUpdate#getTitle()
	 * @see #getRequiredUpdate()
	 * @generated
	 */
	EAttribute getRequiredUpdate_Title();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.RequiredUpdate#getClassification <em>Classification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Classification</em>'.
	 * @see io.bulwark.model.RequiredUpdate#getClassification()
	 * @see #getRequiredUpdate()
	 * @generated
	 */
	EAttribute getRequiredUpdate_Classification();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.RequiredUpdate#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see io.bulwark.model.RequiredUpdate#getSeverity()
	 * @see #getRequiredUpdate()
	 * @generated
	 */
	EAttribute getRequiredUpdate_Severity();

	/**
	 * Returns the meta object for class '{@link io.bulwark.model.BaselineException <em>Baseline Exception</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Baseline Exception</em>'.
	 * @see io.bulwark.model.BaselineException
	 * @generated
	 */
	EClass getBaselineException();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.BaselineException#getAgentId <em>Agent Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Agent Id</em>'.
	 * @see io.bulwark.model.BaselineException#getAgentId()
	 * @see #getBaselineException()
	 * @generated
	 */
	EAttribute getBaselineException_AgentId();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.BaselineException#getHostName <em>Host Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Host Name</em>'.
	 * @see io.bulwark.model.BaselineException#getHostName()
	 * @see #getBaselineException()
	 * @generated
	 */
	EAttribute getBaselineException_HostName();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.BaselineException#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see io.bulwark.model.BaselineException#getReason()
	 * @see #getBaselineException()
	 * @generated
	 */
	EAttribute getBaselineException_Reason();

	/**
	 * Returns the meta object for the attribute list '{@link io.bulwark.model.BaselineException#getUpdateIds <em>Update Ids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Update Ids</em>'.
	 * @see io.bulwark.model.BaselineException#getUpdateIds()
	 * @see #getBaselineException()
	 * @generated
	 */
	EAttribute getBaselineException_UpdateIds();

	/**
	 * Returns the meta object for enum '{@link io.bulwark.model.AccountRole <em>Account Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Account Role</em>'.
	 * @see io.bulwark.model.AccountRole
	 * @generated
	 */
	EEnum getAccountRole();

	/**
	 * Returns the meta object for enum '{@link io.bulwark.model.ConnectionState <em>Connection State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Connection State</em>'.
	 * @see io.bulwark.model.ConnectionState
	 * @generated
	 */
	EEnum getConnectionState();

	/**
	 * Returns the meta object for enum '{@link io.bulwark.model.AgentStatus <em>Agent Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Agent Status</em>'.
	 * @see io.bulwark.model.AgentStatus
	 * @generated
	 */
	EEnum getAgentStatus();

	/**
	 * Returns the meta object for enum '{@link io.bulwark.model.CommandState <em>Command State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Command State</em>'.
	 * @see io.bulwark.model.CommandState
	 * @generated
	 */
	EEnum getCommandState();

	/**
	 * Returns the meta object for enum '{@link io.bulwark.model.HardwareType <em>Hardware Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Hardware Type</em>'.
	 * @see io.bulwark.model.HardwareType
	 * @generated
	 */
	EEnum getHardwareType();

	/**
	 * Returns the meta object for enum '{@link io.bulwark.model.LinkType <em>Link Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Link Type</em>'.
	 * @see io.bulwark.model.LinkType
	 * @generated
	 */
	EEnum getLinkType();

	/**
	 * Returns the meta object for enum '{@link io.bulwark.model.FsmoRole <em>Fsmo Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Fsmo Role</em>'.
	 * @see io.bulwark.model.FsmoRole
	 * @generated
	 */
	EEnum getFsmoRole();

	/**
	 * Returns the meta object for enum '{@link io.bulwark.model.MoveItemState <em>Move Item State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Move Item State</em>'.
	 * @see io.bulwark.model.MoveItemState
	 * @generated
	 */
	EEnum getMoveItemState();

	/**
	 * Returns the meta object for enum '{@link io.bulwark.model.UpdateClassification <em>Update Classification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Update Classification</em>'.
	 * @see io.bulwark.model.UpdateClassification
	 * @generated
	 */
	EEnum getUpdateClassification();

	/**
	 * Returns the meta object for enum '{@link io.bulwark.model.UpdateSeverity <em>Update Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Update Severity</em>'.
	 * @see io.bulwark.model.UpdateSeverity
	 * @generated
	 */
	EEnum getUpdateSeverity();

	/**
	 * Returns the meta object for data type '{@link java.time.Instant <em>Instant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A point in time (java.time.Instant), written as ISO-8601 text in UTC, e.g. 2026-11-23T10:15:30Z.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Instant</em>'.
	 * @see java.time.Instant
	 * @model instanceClass="java.time.Instant"
	 * @generated
	 */
	EDataType getInstant();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ModelFactory getModelFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link io.bulwark.model.impl.ServerRegistryImpl <em>Server Registry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.impl.ServerRegistryImpl
		 * @see io.bulwark.model.impl.ModelPackageImpl#getServerRegistry()
		 * @generated
		 */
		EClass SERVER_REGISTRY = eINSTANCE.getServerRegistry();

		/**
		 * The meta object literal for the '<em><b>Folders</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVER_REGISTRY__FOLDERS = eINSTANCE.getServerRegistry_Folders();

		/**
		 * The meta object literal for the '<em><b>Servers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVER_REGISTRY__SERVERS = eINSTANCE.getServerRegistry_Servers();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.impl.ServerFolderImpl <em>Server Folder</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.impl.ServerFolderImpl
		 * @see io.bulwark.model.impl.ModelPackageImpl#getServerFolder()
		 * @generated
		 */
		EClass SERVER_FOLDER = eINSTANCE.getServerFolder();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVER_FOLDER__NAME = eINSTANCE.getServerFolder_Name();

		/**
		 * The meta object literal for the '<em><b>Servers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVER_FOLDER__SERVERS = eINSTANCE.getServerFolder_Servers();

		/**
		 * The meta object literal for the '<em><b>Folders</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVER_FOLDER__FOLDERS = eINSTANCE.getServerFolder_Folders();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.impl.ManagementServerImpl <em>Management Server</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.impl.ManagementServerImpl
		 * @see io.bulwark.model.impl.ModelPackageImpl#getManagementServer()
		 * @generated
		 */
		EClass MANAGEMENT_SERVER = eINSTANCE.getManagementServer();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANAGEMENT_SERVER__ID = eINSTANCE.getManagementServer_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANAGEMENT_SERVER__NAME = eINSTANCE.getManagementServer_Name();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANAGEMENT_SERVER__HOST = eINSTANCE.getManagementServer_Host();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANAGEMENT_SERVER__PORT = eINSTANCE.getManagementServer_Port();

		/**
		 * The meta object literal for the '<em><b>User</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANAGEMENT_SERVER__USER = eINSTANCE.getManagementServer_User();

		/**
		 * The meta object literal for the '<em><b>Use Tls</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANAGEMENT_SERVER__USE_TLS = eINSTANCE.getManagementServer_UseTls();

		/**
		 * The meta object literal for the '<em><b>Pinned Fingerprint</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANAGEMENT_SERVER__PINNED_FINGERPRINT = eINSTANCE.getManagementServer_PinnedFingerprint();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANAGEMENT_SERVER__VERSION = eINSTANCE.getManagementServer_Version();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANAGEMENT_SERVER__STATE = eINSTANCE.getManagementServer_State();

		/**
		 * The meta object literal for the '<em><b>Agent Tree</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MANAGEMENT_SERVER__AGENT_TREE = eINSTANCE.getManagementServer_AgentTree();

		/**
		 * The meta object literal for the '<em><b>Server Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANAGEMENT_SERVER__SERVER_ID = eINSTANCE.getManagementServer_ServerId();

		/**
		 * The meta object literal for the '<em><b>Listening Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANAGEMENT_SERVER__LISTENING_PORT = eINSTANCE.getManagementServer_ListeningPort();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANAGEMENT_SERVER__ROLE = eINSTANCE.getManagementServer_Role();

		/**
		 * The meta object literal for the '<em><b>Agent Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANAGEMENT_SERVER__AGENT_COUNT = eINSTANCE.getManagementServer_AgentCount();

		/**
		 * The meta object literal for the '<em><b>Agents By Status</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MANAGEMENT_SERVER__AGENTS_BY_STATUS = eINSTANCE.getManagementServer_AgentsByStatus();

		/**
		 * The meta object literal for the '<em><b>Components</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MANAGEMENT_SERVER__COMPONENTS = eINSTANCE.getManagementServer_Components();

		/**
		 * The meta object literal for the '<em><b>Certificate</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MANAGEMENT_SERVER__CERTIFICATE = eINSTANCE.getManagementServer_Certificate();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.impl.ServerCertificateImpl <em>Server Certificate</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.impl.ServerCertificateImpl
		 * @see io.bulwark.model.impl.ModelPackageImpl#getServerCertificate()
		 * @generated
		 */
		EClass SERVER_CERTIFICATE = eINSTANCE.getServerCertificate();

		/**
		 * The meta object literal for the '<em><b>Fingerprint</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVER_CERTIFICATE__FINGERPRINT = eINSTANCE.getServerCertificate_Fingerprint();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVER_CERTIFICATE__SUBJECT = eINSTANCE.getServerCertificate_Subject();

		/**
		 * The meta object literal for the '<em><b>Valid From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVER_CERTIFICATE__VALID_FROM = eINSTANCE.getServerCertificate_ValidFrom();

		/**
		 * The meta object literal for the '<em><b>Valid Until</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVER_CERTIFICATE__VALID_UNTIL = eINSTANCE.getServerCertificate_ValidUntil();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.impl.AgentCountsImpl <em>Agent Counts</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.impl.AgentCountsImpl
		 * @see io.bulwark.model.impl.ModelPackageImpl#getAgentCounts()
		 * @generated
		 */
		EClass AGENT_COUNTS = eINSTANCE.getAgentCounts();

		/**
		 * The meta object literal for the '<em><b>Online</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENT_COUNTS__ONLINE = eINSTANCE.getAgentCounts_Online();

		/**
		 * The meta object literal for the '<em><b>Offline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENT_COUNTS__OFFLINE = eINSTANCE.getAgentCounts_Offline();

		/**
		 * The meta object literal for the '<em><b>Roaming</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENT_COUNTS__ROAMING = eINSTANCE.getAgentCounts_Roaming();

		/**
		 * The meta object literal for the '<em><b>Moving</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENT_COUNTS__MOVING = eINSTANCE.getAgentCounts_Moving();

		/**
		 * The meta object literal for the '<em><b>Get Total</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation AGENT_COUNTS___GET_TOTAL = eINSTANCE.getAgentCounts__GetTotal();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.impl.ComponentVersionImpl <em>Component Version</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.impl.ComponentVersionImpl
		 * @see io.bulwark.model.impl.ModelPackageImpl#getComponentVersion()
		 * @generated
		 */
		EClass COMPONENT_VERSION = eINSTANCE.getComponentVersion();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT_VERSION__NAME = eINSTANCE.getComponentVersion_Name();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT_VERSION__VERSION = eINSTANCE.getComponentVersion_Version();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.impl.AgentTreeImpl <em>Agent Tree</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.impl.AgentTreeImpl
		 * @see io.bulwark.model.impl.ModelPackageImpl#getAgentTree()
		 * @generated
		 */
		EClass AGENT_TREE = eINSTANCE.getAgentTree();

		/**
		 * The meta object literal for the '<em><b>Server</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGENT_TREE__SERVER = eINSTANCE.getAgentTree_Server();

		/**
		 * The meta object literal for the '<em><b>Root Policy</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGENT_TREE__ROOT_POLICY = eINSTANCE.getAgentTree_RootPolicy();

		/**
		 * The meta object literal for the '<em><b>Domains</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGENT_TREE__DOMAINS = eINSTANCE.getAgentTree_Domains();

		/**
		 * The meta object literal for the '<em><b>Agents</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGENT_TREE__AGENTS = eINSTANCE.getAgentTree_Agents();

		/**
		 * The meta object literal for the '<em><b>Audit Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGENT_TREE__AUDIT_ENTRIES = eINSTANCE.getAgentTree_AuditEntries();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.impl.DomainImpl <em>Domain</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.impl.DomainImpl
		 * @see io.bulwark.model.impl.ModelPackageImpl#getDomain()
		 * @generated
		 */
		EClass DOMAIN = eINSTANCE.getDomain();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__ID = eINSTANCE.getDomain_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__NAME = eINSTANCE.getDomain_Name();

		/**
		 * The meta object literal for the '<em><b>Domains</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOMAIN__DOMAINS = eINSTANCE.getDomain_Domains();

		/**
		 * The meta object literal for the '<em><b>Agents</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOMAIN__AGENTS = eINSTANCE.getDomain_Agents();

		/**
		 * The meta object literal for the '<em><b>Policy</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOMAIN__POLICY = eINSTANCE.getDomain_Policy();

		/**
		 * The meta object literal for the '<em><b>Agent Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__AGENT_COUNT = eINSTANCE.getDomain_AgentCount();

		/**
		 * The meta object literal for the '<em><b>Grouping Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOMAIN__GROUPING_RULES = eINSTANCE.getDomain_GroupingRules();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.impl.GroupingRuleImpl <em>Grouping Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.impl.GroupingRuleImpl
		 * @see io.bulwark.model.impl.ModelPackageImpl#getGroupingRule()
		 * @generated
		 */
		EClass GROUPING_RULE = eINSTANCE.getGroupingRule();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUPING_RULE__ID = eINSTANCE.getGroupingRule_Id();

		/**
		 * The meta object literal for the '<em><b>Ip Range</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUPING_RULE__IP_RANGE = eINSTANCE.getGroupingRule_IpRange();

		/**
		 * The meta object literal for the '<em><b>Position</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUPING_RULE__POSITION = eINSTANCE.getGroupingRule_Position();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.impl.AgentImpl <em>Agent</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.impl.AgentImpl
		 * @see io.bulwark.model.impl.ModelPackageImpl#getAgent()
		 * @generated
		 */
		EClass AGENT = eINSTANCE.getAgent();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENT__ID = eINSTANCE.getAgent_Id();

		/**
		 * The meta object literal for the '<em><b>Host Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENT__HOST_NAME = eINSTANCE.getAgent_HostName();

		/**
		 * The meta object literal for the '<em><b>Policy</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGENT__POLICY = eINSTANCE.getAgent_Policy();

		/**
		 * The meta object literal for the '<em><b>Ip Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENT__IP_ADDRESS = eINSTANCE.getAgent_IpAddress();

		/**
		 * The meta object literal for the '<em><b>Operating System</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENT__OPERATING_SYSTEM = eINSTANCE.getAgent_OperatingSystem();

		/**
		 * The meta object literal for the '<em><b>Agent Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENT__AGENT_VERSION = eINSTANCE.getAgent_AgentVersion();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENT__STATUS = eINSTANCE.getAgent_Status();

		/**
		 * The meta object literal for the '<em><b>Last Seen</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENT__LAST_SEEN = eINSTANCE.getAgent_LastSeen();

		/**
		 * The meta object literal for the '<em><b>Update Agent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENT__UPDATE_AGENT = eINSTANCE.getAgent_UpdateAgent();

		/**
		 * The meta object literal for the '<em><b>Registered At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENT__REGISTERED_AT = eINSTANCE.getAgent_RegisteredAt();

		/**
		 * The meta object literal for the '<em><b>Heartbeat Interval Millis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENT__HEARTBEAT_INTERVAL_MILLIS = eINSTANCE.getAgent_HeartbeatIntervalMillis();

		/**
		 * The meta object literal for the '<em><b>Component Versions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGENT__COMPONENT_VERSIONS = eINSTANCE.getAgent_ComponentVersions();

		/**
		 * The meta object literal for the '<em><b>Inventory</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGENT__INVENTORY = eINSTANCE.getAgent_Inventory();

		/**
		 * The meta object literal for the '<em><b>Pending Commands</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENT__PENDING_COMMANDS = eINSTANCE.getAgent_PendingCommands();

		/**
		 * The meta object literal for the '<em><b>Recent Commands</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGENT__RECENT_COMMANDS = eINSTANCE.getAgent_RecentCommands();

		/**
		 * The meta object literal for the '<em><b>Is Movable</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation AGENT___IS_MOVABLE = eINSTANCE.getAgent__IsMovable();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.impl.AgentCommandImpl <em>Agent Command</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.impl.AgentCommandImpl
		 * @see io.bulwark.model.impl.ModelPackageImpl#getAgentCommand()
		 * @generated
		 */
		EClass AGENT_COMMAND = eINSTANCE.getAgentCommand();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENT_COMMAND__ID = eINSTANCE.getAgentCommand_Id();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENT_COMMAND__KIND = eINSTANCE.getAgentCommand_Kind();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENT_COMMAND__STATE = eINSTANCE.getAgentCommand_State();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENT_COMMAND__CREATED_AT = eINSTANCE.getAgentCommand_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Delivered At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENT_COMMAND__DELIVERED_AT = eINSTANCE.getAgentCommand_DeliveredAt();

		/**
		 * The meta object literal for the '<em><b>Completed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENT_COMMAND__COMPLETED_AT = eINSTANCE.getAgentCommand_CompletedAt();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENT_COMMAND__MESSAGE = eINSTANCE.getAgentCommand_Message();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.impl.InventoryImpl <em>Inventory</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.impl.InventoryImpl
		 * @see io.bulwark.model.impl.ModelPackageImpl#getInventory()
		 * @generated
		 */
		EClass INVENTORY = eINSTANCE.getInventory();

		/**
		 * The meta object literal for the '<em><b>Hardware Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVENTORY__HARDWARE_TYPE = eINSTANCE.getInventory_HardwareType();

		/**
		 * The meta object literal for the '<em><b>Operating System</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INVENTORY__OPERATING_SYSTEM = eINSTANCE.getInventory_OperatingSystem();

		/**
		 * The meta object literal for the '<em><b>Applications</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INVENTORY__APPLICATIONS = eINSTANCE.getInventory_Applications();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INVENTORY__ROLE = eINSTANCE.getInventory_Role();

		/**
		 * The meta object literal for the '<em><b>Connectivity</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INVENTORY__CONNECTIVITY = eINSTANCE.getInventory_Connectivity();

		/**
		 * The meta object literal for the '<em><b>Installed Updates</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVENTORY__INSTALLED_UPDATES = eINSTANCE.getInventory_InstalledUpdates();

		/**
		 * The meta object literal for the '<em><b>Missing Updates</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVENTORY__MISSING_UPDATES = eINSTANCE.getInventory_MissingUpdates();

		/**
		 * The meta object literal for the '<em><b>Collected At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVENTORY__COLLECTED_AT = eINSTANCE.getInventory_CollectedAt();

		/**
		 * The meta object literal for the '<em><b>Reported At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVENTORY__REPORTED_AT = eINSTANCE.getInventory_ReportedAt();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.impl.OperatingSystemImpl <em>Operating System</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.impl.OperatingSystemImpl
		 * @see io.bulwark.model.impl.ModelPackageImpl#getOperatingSystem()
		 * @generated
		 */
		EClass OPERATING_SYSTEM = eINSTANCE.getOperatingSystem();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATING_SYSTEM__NAME = eINSTANCE.getOperatingSystem_Name();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATING_SYSTEM__VERSION = eINSTANCE.getOperatingSystem_Version();

		/**
		 * The meta object literal for the '<em><b>Get Display Name</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation OPERATING_SYSTEM___GET_DISPLAY_NAME = eINSTANCE.getOperatingSystem__GetDisplayName();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.impl.ApplicationImpl <em>Application</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.impl.ApplicationImpl
		 * @see io.bulwark.model.impl.ModelPackageImpl#getApplication()
		 * @generated
		 */
		EClass APPLICATION = eINSTANCE.getApplication();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPLICATION__NAME = eINSTANCE.getApplication_Name();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPLICATION__VERSION = eINSTANCE.getApplication_Version();

		/**
		 * The meta object literal for the '<em><b>Vendor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPLICATION__VENDOR = eINSTANCE.getApplication_Vendor();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.impl.MachineRoleImpl <em>Machine Role</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.impl.MachineRoleImpl
		 * @see io.bulwark.model.impl.ModelPackageImpl#getMachineRole()
		 * @generated
		 */
		EClass MACHINE_ROLE = eINSTANCE.getMachineRole();

		/**
		 * The meta object literal for the '<em><b>Functions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE_ROLE__FUNCTIONS = eINSTANCE.getMachineRole_Functions();

		/**
		 * The meta object literal for the '<em><b>Fsmo Roles</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE_ROLE__FSMO_ROLES = eINSTANCE.getMachineRole_FsmoRoles();

		/**
		 * The meta object literal for the '<em><b>Business Critical</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE_ROLE__BUSINESS_CRITICAL = eINSTANCE.getMachineRole_BusinessCritical();

		/**
		 * The meta object literal for the '<em><b>Is Domain Controller</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MACHINE_ROLE___IS_DOMAIN_CONTROLLER = eINSTANCE.getMachineRole__IsDomainController();

		/**
		 * The meta object literal for the '<em><b>Is Database Server</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MACHINE_ROLE___IS_DATABASE_SERVER = eINSTANCE.getMachineRole__IsDatabaseServer();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.impl.ConnectivityImpl <em>Connectivity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.impl.ConnectivityImpl
		 * @see io.bulwark.model.impl.ModelPackageImpl#getConnectivity()
		 * @generated
		 */
		EClass CONNECTIVITY = eINSTANCE.getConnectivity();

		/**
		 * The meta object literal for the '<em><b>Link</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTIVITY__LINK = eINSTANCE.getConnectivity_Link();

		/**
		 * The meta object literal for the '<em><b>Kbit Per Second</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTIVITY__KBIT_PER_SECOND = eINSTANCE.getConnectivity_KbitPerSecond();

		/**
		 * The meta object literal for the '<em><b>Is Slow</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CONNECTIVITY___IS_SLOW = eINSTANCE.getConnectivity__IsSlow();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.impl.AuditEntryImpl <em>Audit Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.impl.AuditEntryImpl
		 * @see io.bulwark.model.impl.ModelPackageImpl#getAuditEntry()
		 * @generated
		 */
		EClass AUDIT_ENTRY = eINSTANCE.getAuditEntry();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ENTRY__ID = eINSTANCE.getAuditEntry_Id();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ENTRY__AT = eINSTANCE.getAuditEntry_At();

		/**
		 * The meta object literal for the '<em><b>User</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ENTRY__USER = eINSTANCE.getAuditEntry_User();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ENTRY__ADDRESS = eINSTANCE.getAuditEntry_Address();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ENTRY__ACTION = eINSTANCE.getAuditEntry_Action();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ENTRY__TARGET = eINSTANCE.getAuditEntry_Target();

		/**
		 * The meta object literal for the '<em><b>Before</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ENTRY__BEFORE = eINSTANCE.getAuditEntry_Before();

		/**
		 * The meta object literal for the '<em><b>After</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ENTRY__AFTER = eINSTANCE.getAuditEntry_After();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.impl.MoveJournalImpl <em>Move Journal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.impl.MoveJournalImpl
		 * @see io.bulwark.model.impl.ModelPackageImpl#getMoveJournal()
		 * @generated
		 */
		EClass MOVE_JOURNAL = eINSTANCE.getMoveJournal();

		/**
		 * The meta object literal for the '<em><b>Jobs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MOVE_JOURNAL__JOBS = eINSTANCE.getMoveJournal_Jobs();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.impl.MoveJobImpl <em>Move Job</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.impl.MoveJobImpl
		 * @see io.bulwark.model.impl.ModelPackageImpl#getMoveJob()
		 * @generated
		 */
		EClass MOVE_JOB = eINSTANCE.getMoveJob();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MOVE_JOB__ID = eINSTANCE.getMoveJob_Id();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MOVE_JOB__SOURCE = eINSTANCE.getMoveJob_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MOVE_JOB__TARGET = eINSTANCE.getMoveJob_Target();

		/**
		 * The meta object literal for the '<em><b>Target Domain Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MOVE_JOB__TARGET_DOMAIN_ID = eINSTANCE.getMoveJob_TargetDomainId();

		/**
		 * The meta object literal for the '<em><b>Target Domain Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MOVE_JOB__TARGET_DOMAIN_NAME = eINSTANCE.getMoveJob_TargetDomainName();

		/**
		 * The meta object literal for the '<em><b>Ticket</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MOVE_JOB__TICKET = eINSTANCE.getMoveJob_Ticket();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MOVE_JOB__CREATED_AT = eINSTANCE.getMoveJob_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Deadline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MOVE_JOB__DEADLINE = eINSTANCE.getMoveJob_Deadline();

		/**
		 * The meta object literal for the '<em><b>Wait For Offline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MOVE_JOB__WAIT_FOR_OFFLINE = eINSTANCE.getMoveJob_WaitForOffline();

		/**
		 * The meta object literal for the '<em><b>Cancel Notifications</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MOVE_JOB__CANCEL_NOTIFICATIONS = eINSTANCE.getMoveJob_CancelNotifications();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MOVE_JOB__ITEMS = eINSTANCE.getMoveJob_Items();

		/**
		 * The meta object literal for the '<em><b>Is Finished</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MOVE_JOB___IS_FINISHED = eINSTANCE.getMoveJob__IsFinished();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.impl.MoveItemImpl <em>Move Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.impl.MoveItemImpl
		 * @see io.bulwark.model.impl.ModelPackageImpl#getMoveItem()
		 * @generated
		 */
		EClass MOVE_ITEM = eINSTANCE.getMoveItem();

		/**
		 * The meta object literal for the '<em><b>Agent Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MOVE_ITEM__AGENT_ID = eINSTANCE.getMoveItem_AgentId();

		/**
		 * The meta object literal for the '<em><b>Host Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MOVE_ITEM__HOST_NAME = eINSTANCE.getMoveItem_HostName();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MOVE_ITEM__STATE = eINSTANCE.getMoveItem_State();

		/**
		 * The meta object literal for the '<em><b>Detail</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MOVE_ITEM__DETAIL = eINSTANCE.getMoveItem_Detail();

		/**
		 * The meta object literal for the '<em><b>Updated At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MOVE_ITEM__UPDATED_AT = eINSTANCE.getMoveItem_UpdatedAt();

		/**
		 * The meta object literal for the '<em><b>Is Finished</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MOVE_ITEM___IS_FINISHED = eINSTANCE.getMoveItem__IsFinished();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.impl.BaselineImpl <em>Baseline</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.impl.BaselineImpl
		 * @see io.bulwark.model.impl.ModelPackageImpl#getBaseline()
		 * @generated
		 */
		EClass BASELINE = eINSTANCE.getBaseline();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE__NAME = eINSTANCE.getBaseline_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE__DESCRIPTION = eINSTANCE.getBaseline_Description();

		/**
		 * The meta object literal for the '<em><b>Hardware Types</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE__HARDWARE_TYPES = eINSTANCE.getBaseline_HardwareTypes();

		/**
		 * The meta object literal for the '<em><b>Operating System</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE__OPERATING_SYSTEM = eINSTANCE.getBaseline_OperatingSystem();

		/**
		 * The meta object literal for the '<em><b>Required Updates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BASELINE__REQUIRED_UPDATES = eINSTANCE.getBaseline_RequiredUpdates();

		/**
		 * The meta object literal for the '<em><b>Exceptions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BASELINE__EXCEPTIONS = eINSTANCE.getBaseline_Exceptions();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.impl.RequiredUpdateImpl <em>Required Update</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.impl.RequiredUpdateImpl
		 * @see io.bulwark.model.impl.ModelPackageImpl#getRequiredUpdate()
		 * @generated
		 */
		EClass REQUIRED_UPDATE = eINSTANCE.getRequiredUpdate();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REQUIRED_UPDATE__ID = eINSTANCE.getRequiredUpdate_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REQUIRED_UPDATE__TITLE = eINSTANCE.getRequiredUpdate_Title();

		/**
		 * The meta object literal for the '<em><b>Classification</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REQUIRED_UPDATE__CLASSIFICATION = eINSTANCE.getRequiredUpdate_Classification();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REQUIRED_UPDATE__SEVERITY = eINSTANCE.getRequiredUpdate_Severity();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.impl.BaselineExceptionImpl <em>Baseline Exception</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.impl.BaselineExceptionImpl
		 * @see io.bulwark.model.impl.ModelPackageImpl#getBaselineException()
		 * @generated
		 */
		EClass BASELINE_EXCEPTION = eINSTANCE.getBaselineException();

		/**
		 * The meta object literal for the '<em><b>Agent Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE_EXCEPTION__AGENT_ID = eINSTANCE.getBaselineException_AgentId();

		/**
		 * The meta object literal for the '<em><b>Host Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE_EXCEPTION__HOST_NAME = eINSTANCE.getBaselineException_HostName();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE_EXCEPTION__REASON = eINSTANCE.getBaselineException_Reason();

		/**
		 * The meta object literal for the '<em><b>Update Ids</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE_EXCEPTION__UPDATE_IDS = eINSTANCE.getBaselineException_UpdateIds();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.AccountRole <em>Account Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.AccountRole
		 * @see io.bulwark.model.impl.ModelPackageImpl#getAccountRole()
		 * @generated
		 */
		EEnum ACCOUNT_ROLE = eINSTANCE.getAccountRole();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.ConnectionState <em>Connection State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.ConnectionState
		 * @see io.bulwark.model.impl.ModelPackageImpl#getConnectionState()
		 * @generated
		 */
		EEnum CONNECTION_STATE = eINSTANCE.getConnectionState();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.AgentStatus <em>Agent Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.AgentStatus
		 * @see io.bulwark.model.impl.ModelPackageImpl#getAgentStatus()
		 * @generated
		 */
		EEnum AGENT_STATUS = eINSTANCE.getAgentStatus();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.CommandState <em>Command State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.CommandState
		 * @see io.bulwark.model.impl.ModelPackageImpl#getCommandState()
		 * @generated
		 */
		EEnum COMMAND_STATE = eINSTANCE.getCommandState();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.HardwareType <em>Hardware Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.HardwareType
		 * @see io.bulwark.model.impl.ModelPackageImpl#getHardwareType()
		 * @generated
		 */
		EEnum HARDWARE_TYPE = eINSTANCE.getHardwareType();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.LinkType <em>Link Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.LinkType
		 * @see io.bulwark.model.impl.ModelPackageImpl#getLinkType()
		 * @generated
		 */
		EEnum LINK_TYPE = eINSTANCE.getLinkType();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.FsmoRole <em>Fsmo Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.FsmoRole
		 * @see io.bulwark.model.impl.ModelPackageImpl#getFsmoRole()
		 * @generated
		 */
		EEnum FSMO_ROLE = eINSTANCE.getFsmoRole();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.MoveItemState <em>Move Item State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.MoveItemState
		 * @see io.bulwark.model.impl.ModelPackageImpl#getMoveItemState()
		 * @generated
		 */
		EEnum MOVE_ITEM_STATE = eINSTANCE.getMoveItemState();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.UpdateClassification <em>Update Classification</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.UpdateClassification
		 * @see io.bulwark.model.impl.ModelPackageImpl#getUpdateClassification()
		 * @generated
		 */
		EEnum UPDATE_CLASSIFICATION = eINSTANCE.getUpdateClassification();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.UpdateSeverity <em>Update Severity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.UpdateSeverity
		 * @see io.bulwark.model.impl.ModelPackageImpl#getUpdateSeverity()
		 * @generated
		 */
		EEnum UPDATE_SEVERITY = eINSTANCE.getUpdateSeverity();

		/**
		 * The meta object literal for the '<em>Instant</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.Instant
		 * @see io.bulwark.model.impl.ModelPackageImpl#getInstant()
		 * @generated
		 */
		EDataType INSTANT = eINSTANCE.getInstant();

	}

} //ModelPackage
