/**
 */
package io.bulwark.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Server Folder</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A folder of servers, so that an administrator with many sites (regions, customers, test and production) can group them. Folders nest; a folder only arranges servers and carries no settings of its own.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.ServerFolder#getName <em>Name</em>}</li>
 *   <li>{@link io.bulwark.model.ServerFolder#getServers <em>Servers</em>}</li>
 *   <li>{@link io.bulwark.model.ServerFolder#getFolders <em>Folders</em>}</li>
 * </ul>
 *
 * @see io.bulwark.model.ModelPackage#getServerFolder()
 * @model
 * @generated
 */
public interface ServerFolder extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name the user gave the folder.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.bulwark.model.ModelPackage#getServerFolder_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.bulwark.model.ServerFolder#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Servers</b></em>' containment reference list.
	 * The list contents are of type {@link io.bulwark.model.ManagementServer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The servers in this folder; a server is in exactly one place (the registry or one folder).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Servers</em>' containment reference list.
	 * @see io.bulwark.model.ModelPackage#getServerFolder_Servers()
	 * @model containment="true"
	 * @generated
	 */
	EList<ManagementServer> getServers();

	/**
	 * Returns the value of the '<em><b>Folders</b></em>' containment reference list.
	 * The list contents are of type {@link io.bulwark.model.ServerFolder}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The folders nested in this one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Folders</em>' containment reference list.
	 * @see io.bulwark.model.ModelPackage#getServerFolder_Folders()
	 * @model containment="true"
	 * @generated
	 */
	EList<ServerFolder> getFolders();

} // ServerFolder
