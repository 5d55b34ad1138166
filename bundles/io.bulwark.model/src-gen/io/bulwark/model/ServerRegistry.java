/**
 */
package io.bulwark.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Server Registry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of everything the console knows about its servers, saved with the workspace so that the server list survives a restart. Servers may sit directly here or in folders the user creates.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.ServerRegistry#getFolders <em>Folders</em>}</li>
 *   <li>{@link io.bulwark.model.ServerRegistry#getServers <em>Servers</em>}</li>
 * </ul>
 *
 * @see io.bulwark.model.ModelPackage#getServerRegistry()
 * @model
 * @generated
 */
public interface ServerRegistry extends EObject {
	/**
	 * Returns the value of the '<em><b>Folders</b></em>' containment reference list.
	 * The list contents are of type {@link io.bulwark.model.ServerFolder}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The top-level folders, in the order the user sees them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Folders</em>' containment reference list.
	 * @see io.bulwark.model.ModelPackage#getServerRegistry_Folders()
	 * @model containment="true"
	 * @generated
	 */
	EList<ServerFolder> getFolders();

	/**
	 * Returns the value of the '<em><b>Servers</b></em>' containment reference list.
	 * The list contents are of type {@link io.bulwark.model.ManagementServer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The servers that are in no folder, so that a console with one or two servers needs no folders at all.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Servers</em>' containment reference list.
	 * @see io.bulwark.model.ModelPackage#getServerRegistry_Servers()
	 * @model containment="true"
	 * @generated
	 */
	EList<ManagementServer> getServers();

} // ServerRegistry
