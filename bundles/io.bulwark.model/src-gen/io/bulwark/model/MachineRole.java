/**
 */
package io.bulwark.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Machine Role</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a machine does for the organisation, which decides how carefully and when it may be patched or moved: a domain controller holding operations master (FSMO) roles has its patches scheduled and its roles failed over first.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.MachineRole#getFunctions <em>Functions</em>}</li>
 *   <li>{@link io.bulwark.model.MachineRole#getFsmoRoles <em>Fsmo Roles</em>}</li>
 *   <li>{@link io.bulwark.model.MachineRole#isBusinessCritical <em>Business Critical</em>}</li>
 * </ul>
 *
 * @see io.bulwark.model.ModelPackage#getMachineRole()
 * @model
 * @generated
 */
public interface MachineRole extends EObject {
	/**
	 * Returns the value of the '<em><b>Functions</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The machine's functions as the agent reports them, e.g. domain_controller, database_server, file_server, web_server, mail_server, workstation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Functions</em>' attribute list.
	 * @see io.bulwark.model.ModelPackage#getMachineRole_Functions()
	 * @model
	 * @generated
	 */
	EList<String> getFunctions();

	/**
	 * Returns the value of the '<em><b>Fsmo Roles</b></em>' attribute list.
	 * The list contents are of type {@link io.bulwark.model.FsmoRole}.
	 * The literals are from the enumeration {@link io.bulwark.model.FsmoRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a domain controller, the operations master roles it holds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fsmo Roles</em>' attribute list.
	 * @see io.bulwark.model.FsmoRole
	 * @see io.bulwark.model.ModelPackage#getMachineRole_FsmoRoles()
	 * @model
	 * @generated
	 */
	EList<FsmoRole> getFsmoRoles();

	/**
	 * Returns the value of the '<em><b>Business Critical</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the business stops when the machine does.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Business Critical</em>' attribute.
	 * @see #setBusinessCritical(boolean)
	 * @see io.bulwark.model.ModelPackage#getMachineRole_BusinessCritical()
	 * @model
	 * @generated
	 */
	boolean isBusinessCritical();

	/**
	 * Sets the value of the '{@link io.bulwark.model.MachineRole#isBusinessCritical <em>Business Critical</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Business Critical</em>' attribute.
	 * @see #isBusinessCritical()
	 * @generated
	 */
	void setBusinessCritical(boolean value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the machine is a domain controller.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	boolean isDomainController();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the machine is a database server.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	boolean isDatabaseServer();

} // MachineRole
