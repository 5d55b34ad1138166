/**
 */
package io.bulwark.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Baseline Exception</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A recorded exception to a baseline: a machine that must stay behind (e.g. a legacy payroll workstation), and why.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.BaselineException#getAgentId <em>Agent Id</em>}</li>
 *   <li>{@link io.bulwark.model.BaselineException#getHostName <em>Host Name</em>}</li>
 *   <li>{@link io.bulwark.model.BaselineException#getReason <em>Reason</em>}</li>
 *   <li>{@link io.bulwark.model.BaselineException#getUpdateIds <em>Update Ids</em>}</li>
 * </ul>
 *
 * @see io.bulwark.model.ModelPackage#getBaselineException()
 * @model
 * @generated
 */
public interface BaselineException extends EObject {
	/**
	 * Returns the value of the '<em><b>Agent Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The GUID of the excepted machine's agent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Agent Id</em>' attribute.
	 * @see #setAgentId(String)
	 * @see io.bulwark.model.ModelPackage#getBaselineException_AgentId()
	 * @model
	 * @generated
	 */
	String getAgentId();

	/**
	 * Sets the value of the '{@link io.bulwark.model.BaselineException#getAgentId <em>Agent Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Agent Id</em>' attribute.
	 * @see #getAgentId()
	 * @generated
	 */
	void setAgentId(String value);

	/**
	 * Returns the value of the '<em><b>Host Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The excepted machine's host name, for a person.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Host Name</em>' attribute.
	 * @see #setHostName(String)
	 * @see io.bulwark.model.ModelPackage#getBaselineException_HostName()
	 * @model
	 * @generated
	 */
	String getHostName();

	/**
	 * Sets the value of the '{@link io.bulwark.model.BaselineException#getHostName <em>Host Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host Name</em>' attribute.
	 * @see #getHostName()
	 * @generated
	 */
	void setHostName(String value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the machine must stay behind.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see io.bulwark.model.ModelPackage#getBaselineException_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link io.bulwark.model.BaselineException#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Update Ids</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The ids of the required updates the machine may lack; empty for the whole baseline.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Update Ids</em>' attribute list.
	 * @see io.bulwark.model.ModelPackage#getBaselineException_UpdateIds()
	 * @model
	 * @generated
	 */
	EList<String> getUpdateIds();

} // BaselineException
