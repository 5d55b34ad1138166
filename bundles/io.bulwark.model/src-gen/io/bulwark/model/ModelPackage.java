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
	 * The number of structural features of the '<em>Management Server</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_SERVER_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Management Server</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_SERVER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.bulwark.model.ConnectionState <em>Connection State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.ConnectionState
	 * @see io.bulwark.model.impl.ModelPackageImpl#getConnectionState()
	 * @generated
	 */
	int CONNECTION_STATE = 3;


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
