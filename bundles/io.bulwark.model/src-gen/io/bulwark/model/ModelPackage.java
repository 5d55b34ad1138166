/**
 */
package io.bulwark.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
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
 * The console's model of the endpoint-security fleets it manages: the management servers it knows, how the user arranged them, and how each connection stands. Views, editors and commands work on this model; the client layer keeps it in step with the servers.
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
	 * The number of structural features of the '<em>Management Server</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_SERVER_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Management Server</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_SERVER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.bulwark.model.impl.AgentTreeImpl <em>Agent Tree</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.impl.AgentTreeImpl
	 * @see io.bulwark.model.impl.ModelPackageImpl#getAgentTree()
	 * @generated
	 */
	int AGENT_TREE = 3;

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
	 * The number of structural features of the '<em>Agent Tree</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT_TREE_FEATURE_COUNT = 4;

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
	int DOMAIN = 4;

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
	 * The number of structural features of the '<em>Domain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Domain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.bulwark.model.impl.AgentImpl <em>Agent</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.impl.AgentImpl
	 * @see io.bulwark.model.impl.ModelPackageImpl#getAgent()
	 * @generated
	 */
	int AGENT = 5;

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
	 * The number of structural features of the '<em>Agent</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Agent</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.bulwark.model.ConnectionState <em>Connection State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.ConnectionState
	 * @see io.bulwark.model.impl.ModelPackageImpl#getConnectionState()
	 * @generated
	 */
	int CONNECTION_STATE = 6;


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
	 * Returns the meta object for enum '{@link io.bulwark.model.ConnectionState <em>Connection State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Connection State</em>'.
	 * @see io.bulwark.model.ConnectionState
	 * @generated
	 */
	EEnum getConnectionState();

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
		 * The meta object literal for the '{@link io.bulwark.model.ConnectionState <em>Connection State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.ConnectionState
		 * @see io.bulwark.model.impl.ModelPackageImpl#getConnectionState()
		 * @generated
		 */
		EEnum CONNECTION_STATE = eINSTANCE.getConnectionState();

	}

} //ModelPackage
