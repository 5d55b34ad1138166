/**
 */
package io.bulwark.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Move Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One agent of a move and how far it got.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.MoveItem#getAgentId <em>Agent Id</em>}</li>
 *   <li>{@link io.bulwark.model.MoveItem#getHostName <em>Host Name</em>}</li>
 *   <li>{@link io.bulwark.model.MoveItem#getState <em>State</em>}</li>
 *   <li>{@link io.bulwark.model.MoveItem#getDetail <em>Detail</em>}</li>
 *   <li>{@link io.bulwark.model.MoveItem#getUpdatedAt <em>Updated At</em>}</li>
 * </ul>
 *
 * @see io.bulwark.model.ModelPackage#getMoveItem()
 * @model
 * @generated
 */
public interface MoveItem extends EObject {
	/**
	 * Returns the value of the '<em><b>Agent Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The agent's GUID.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Agent Id</em>' attribute.
	 * @see #setAgentId(String)
	 * @see io.bulwark.model.ModelPackage#getMoveItem_AgentId()
	 * @model
	 * @generated
	 */
	String getAgentId();

	/**
	 * Sets the value of the '{@link io.bulwark.model.MoveItem#getAgentId <em>Agent Id</em>}' attribute.
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
	 * The agent's host name when the move was planned, for a person.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Host Name</em>' attribute.
	 * @see #setHostName(String)
	 * @see io.bulwark.model.ModelPackage#getMoveItem_HostName()
	 * @model
	 * @generated
	 */
	String getHostName();

	/**
	 * Sets the value of the '{@link io.bulwark.model.MoveItem#getHostName <em>Host Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host Name</em>' attribute.
	 * @see #getHostName()
	 * @generated
	 */
	void setHostName(String value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link io.bulwark.model.MoveItemState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How far the agent got.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see io.bulwark.model.MoveItemState
	 * @see #setState(MoveItemState)
	 * @see io.bulwark.model.ModelPackage#getMoveItem_State()
	 * @model
	 * @generated
	 */
	MoveItemState getState();

	/**
	 * Sets the value of the '{@link io.bulwark.model.MoveItem#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see io.bulwark.model.MoveItemState
	 * @see #getState()
	 * @generated
	 */
	void setState(MoveItemState value);

	/**
	 * Returns the value of the '<em><b>Detail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the agent is in its state (e.g. why it failed or was skipped), for a person; null if there is nothing to add.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Detail</em>' attribute.
	 * @see #setDetail(String)
	 * @see io.bulwark.model.ModelPackage#getMoveItem_Detail()
	 * @model
	 * @generated
	 */
	String getDetail();

	/**
	 * Sets the value of the '{@link io.bulwark.model.MoveItem#getDetail <em>Detail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Detail</em>' attribute.
	 * @see #getDetail()
	 * @generated
	 */
	void setDetail(String value);

	/**
	 * Returns the value of the '<em><b>Updated At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the state last changed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Updated At</em>' attribute.
	 * @see #setUpdatedAt(Instant)
	 * @see io.bulwark.model.ModelPackage#getMoveItem_UpdatedAt()
	 * @model dataType="io.bulwark.model.Instant"
	 * @generated
	 */
	Instant getUpdatedAt();

	/**
	 * Sets the value of the '{@link io.bulwark.model.MoveItem#getUpdatedAt <em>Updated At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Updated At</em>' attribute.
	 * @see #getUpdatedAt()
	 * @generated
	 */
	void setUpdatedAt(Instant value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the agent reached a final state (arrived, skipped, failed, expired or rolled back).
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	boolean isFinished();

} // MoveItem
